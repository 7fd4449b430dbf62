import { useState } from 'react';
import type { DeskState } from '../../electron/contract/desk-types';
import { desk } from '../desk';
import { KeySection } from './key-section';
import { ProfileEditor } from './profile-editor';

interface ProfilesScreenProps {
  state: DeskState;
  onState: (state: DeskState) => void;
}

/** Create, edit, duplicate, delete and switch profiles. */
export function ProfilesScreen({ state, onState }: ProfilesScreenProps) {
  const [editing, setEditing] = useState<string | 'new'>(state.activeId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const profile = editing === 'new' ? null : (state.profiles.find((item) => item.id === editing) ?? null);

  const run = async (
    call: Promise<{ ok: true; value: DeskState } | { ok: false; error: { message: string } }>,
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
    <section className="profiles-screen" aria-label="Profiles">
      <h2>Profiles</h2>
      <div className="profiles-body">
        <nav aria-label="Profile list">
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
                  <span className="profile-tag">{item.target === 'simulator' ? 'sandbox' : 'live'}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setEditing('new')}>
            New profile
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
                    Use this profile
                  </button>
                ) : (
                  <span className="field-hint">This profile is in use.</span>
                )}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void run(desk().duplicateProfile({ id: profile.id }))}
                >
                  Duplicate
                </button>{' '}
                {confirmDelete ? (
                  <span role="alertdialog" aria-label="Delete profile?">
                    Delete “{profile.name}” and its key?{' '}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void run(desk().deleteProfile({ id: profile.id }))}
                    >
                      Delete
                    </button>{' '}
                    <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                      Keep
                    </button>
                  </span>
                ) : (
                  <button type="button" className="secondary" onClick={() => setConfirmDelete(true)}>
                    Delete…
                  </button>
                )}
              </div>
            </>
          ) : null}
          {problem ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
