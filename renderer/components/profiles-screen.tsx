import { useState } from 'react';
import type { DeskState } from '../../electron/contract/desk-types';
import type { Text, Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';
import { KeySection } from './key-section';
import { ProfileEditor } from './profile-editor';

interface ProfilesScreenProps {
  state: DeskState;
  onState: (state: DeskState) => void;
}

/** Create, edit, duplicate, delete and switch profiles. */
export function ProfilesScreen({ state, onState }: ProfilesScreenProps) {
  const t = useT();
  const [editing, setEditing] = useState<string | 'new'>(state.activeId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [problem, setProblem] = useState<Words | null>(null);
  const profile = editing === 'new' ? null : (state.profiles.find((item) => item.id === editing) ?? null);

  const run = async (
    call: Promise<{ ok: true; value: DeskState } | { ok: false; error: { message: Text } }>,
  ) => {
    const result = await call;
    if (result.ok) {
      onState(result.value);
      setEditing(result.value.activeId);
      setProblem(null);
    } else setProblem(result.error.message);
    setConfirmDelete(false);
  };

  return (
    <section className="profiles-screen" aria-label={t('profiles.title')}>
      <h2>{t('profiles.title')}</h2>
      <div className="profiles-body">
        <nav aria-label={t('profiles.list')}>
          <ul className="profile-list">
            {state.profiles.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  aria-current={item.id === editing ? 'true' : undefined}
                  onClick={() => {
                    setEditing(item.id);
                    setConfirmDelete(false);
                  }}
                >
                  {item.name}
                  <span className="profile-tag">{t('profiles.tag', { target: item.target })}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setEditing('new')}>
            {t('profiles.new')}
          </button>
        </nav>
        <div className="profile-detail">
          <ProfileEditor
            key={editing}
            profile={profile}
            onState={(next) => {
              onState(next);
              // A new profile becomes the active one: keep editing it, now with its key section.
              if (editing === 'new') setEditing(next.activeId);
            }}
          />
          {profile ? (
            <>
              <KeySection profile={profile} keyStorage={state.keyStorage} onState={onState} />
              <div className="profile-actions">
                {profile.id !== state.activeId ? (
                  <button type="button" onClick={() => void run(desk().activateProfile({ id: profile.id }))}>
                    {t('profiles.use')}
                  </button>
                ) : (
                  <span className="field-hint">{t('profiles.inUse')}</span>
                )}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void run(desk().duplicateProfile({ id: profile.id }))}
                >
                  {t('profiles.duplicate')}
                </button>{' '}
                {confirmDelete ? (
                  <span role="alertdialog" aria-label={t('profiles.deleteTitle')}>
                    {t('profiles.deleteQuestion', { name: profile.name })}{' '}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void run(desk().deleteProfile({ id: profile.id }))}
                    >
                      {t('details.delete')}
                    </button>{' '}
                    <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                      {t('details.keep')}
                    </button>
                  </span>
                ) : (
                  <button type="button" className="secondary" onClick={() => setConfirmDelete(true)}>
                    {t('details.deleteOpen')}
                  </button>
                )}
              </div>
            </>
          ) : null}
          {problem ? (
            <p className="field-error" role="alert">
              {t.words(problem)}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
