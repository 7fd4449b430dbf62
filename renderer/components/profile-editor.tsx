import { useState } from 'react';
import type { DeskError, DeskState, ProfileView, Target } from '../../electron/contract/desk-types';
import type { ProfileInput } from '../../electron/contract/schemas';
import { desk } from '../desk';
import { useT } from '../i18n';
import { TextField } from './text-field';

interface ProfileEditorProps {
  /** Null for a new profile. */
  profile: ProfileView | null;
  onState: (state: DeskState) => void;
}

interface ProfileDraft {
  name: string;
  projectId: string;
  numbers: string;
  country: string;
  target: Target;
  apiUrl: string;
  timeZone: string;
  blocklist: string;
  confirmLiveCalls: boolean;
}

function draftOf(profile: ProfileView | null): ProfileDraft {
  return {
    name: profile?.name ?? '',
    projectId: profile?.projectId ?? '',
    numbers: profile?.numbers.join('\n') ?? '',
    country: profile?.country ?? 'UA',
    target: profile?.target ?? 'ringostat',
    apiUrl: profile?.apiUrl ?? 'https://api.ringostat.net',
    timeZone: profile?.timeZone ?? 'Europe/Kyiv',
    blocklist: profile?.blocklist.join('\n') ?? '',
    confirmLiveCalls: profile?.confirmLiveCalls ?? false,
  };
}

/** Scheme, host and port: where a key would be sent. */
function originOf(url: string): string | null {
  return URL.canParse(url.trim()) ? new URL(url.trim()).origin : null;
}

/** Edits a profile's settings; the key has its own section, which never shows it. */
export function ProfileEditor({ profile, onState }: ProfileEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  const [error, setError] = useState<DeskError | null>(null);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof ProfileDraft>(field: K, value: ProfileDraft[K]) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [field]: value }));
  };
  // Main removes the key when the address moves to another server; say so before it happens.
  const dropsKey = profile?.key.set === true && originOf(draft.apiUrl) !== originOf(profile.apiUrl);
  const fieldError = (field: string) => {
    const found = error?.fields?.find((item) => item.field === field);
    return found ? t.words(found.message) : null;
  };

  const save = async () => {
    const input: ProfileInput = {
      ...draft,
      numbers: draft.numbers.split(/[\n,;]+/),
      blocklist: draft.blocklist.split(/[\n,;]+/),
    };
    const result = profile
      ? await desk().updateProfile({ id: profile.id, profile: input })
      : await desk().createProfile({ profile: input });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setSaved(true);
    onState(result.value);
  };

  return (
    <form
      className="profile-editor"
      aria-label={profile ? t('profileEditor.label', { name: profile.name }) : t('profileEditor.new')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        label={t('profileEditor.name')}
        value={draft.name}
        error={fieldError('name')}
        onChange={(value) => set('name', value)}
      />
      <fieldset className="inline-choice">
        <legend>{t('profileEditor.target')}</legend>
        {(['ringostat', 'simulator'] as const).map((target) => (
          <label key={target} className={draft.target === target ? 'chosen' : undefined}>
            <input
              type="radio"
              name="target"
              checked={draft.target === target}
              onChange={() => set('target', target)}
            />
            {t(`profileEditor.target.${target}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('profileEditor.projectId')}
        value={draft.projectId}
        error={fieldError('projectId')}
        onChange={(value) => set('projectId', value)}
      />
      <div className="field">
        <label htmlFor="profile-numbers">{t('profileEditor.numbers')}</label>
        <textarea
          id="profile-numbers"
          rows={3}
          value={draft.numbers}
          aria-invalid={fieldError('numbers') ? true : undefined}
          onChange={(event) => set('numbers', event.target.value)}
        />
        {fieldError('numbers') ? <p className="field-error">{fieldError('numbers')}</p> : null}
      </div>
      <TextField
        label={t('profileEditor.country')}
        value={draft.country}
        error={fieldError('country')}
        onChange={(value) => set('country', value)}
      />
      <TextField
        label={t('profileEditor.timeZone')}
        value={draft.timeZone}
        error={fieldError('timeZone')}
        onChange={(value) => set('timeZone', value)}
      />
      {draft.target === 'ringostat' ? (
        <TextField
          label={t('profileEditor.apiUrl')}
          value={draft.apiUrl}
          error={fieldError('apiUrl')}
          hint={dropsKey ? t('profileEditor.apiUrlDropsKey') : null}
          onChange={(value) => set('apiUrl', value)}
        />
      ) : null}
      <div className="field">
        <label htmlFor="profile-blocklist">{t('profileEditor.blocklist')}</label>
        <textarea
          id="profile-blocklist"
          rows={2}
          value={draft.blocklist}
          aria-invalid={fieldError('blocklist') ? true : undefined}
          onChange={(event) => set('blocklist', event.target.value)}
        />
        {fieldError('blocklist') ? <p className="field-error">{fieldError('blocklist')}</p> : null}
      </div>
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.confirmLiveCalls}
          onChange={(event) => set('confirmLiveCalls', event.target.checked)}
        />
        {t('profileEditor.confirmLive')}
      </label>
      {error && !error.fields ? (
        <p className="field-error" role="alert">
          {t.words(error.message)}
        </p>
      ) : null}
      <button type="submit">{profile ? t('profileEditor.save') : t('profileEditor.create')}</button>{' '}
      <span role="status">{saved ? t('details.saved') : ''}</span>
    </form>
  );
}
