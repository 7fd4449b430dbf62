import { useState } from 'react';
import type { DeskError, DeskState, ProfileView, Target } from '../../electron/contract/desk-types';
import type { ProfileInput } from '../../electron/contract/schemas';
import { desk } from '../desk';
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

/** Edits a profile's settings; the key has its own section, which never shows it. */
export function ProfileEditor({ profile, onState }: ProfileEditorProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  const [error, setError] = useState<DeskError | null>(null);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof ProfileDraft>(field: K, value: ProfileDraft[K]) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [field]: value }));
  };
  const fieldError = (field: string) => error?.fields?.find((item) => item.field === field)?.message ?? null;

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
      aria-label={profile ? `Profile ${profile.name}` : 'New profile'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Name"
        value={draft.name}
        error={fieldError('name')}
        onChange={(value) => set('name', value)}
      />
      <fieldset className="inline-choice">
        <legend>Target</legend>
        {(['ringostat', 'simulator'] as const).map((target) => (
          <label key={target} className={draft.target === target ? 'chosen' : undefined}>
            <input
              type="radio"
              name="target"
              checked={draft.target === target}
              onChange={() => set('target', target)}
            />
            {target === 'ringostat' ? 'Ringostat (live: rings real phones)' : 'Embedded simulator'}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Project id"
        value={draft.projectId}
        error={fieldError('projectId')}
        onChange={(value) => set('projectId', value)}
      />
      <div className="field">
        <label htmlFor="profile-numbers">Incoming numbers (one per line, for the simple method)</label>
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
        label="Default country for numbers (two letters)"
        value={draft.country}
        error={fieldError('country')}
        onChange={(value) => set('country', value)}
      />
      <TextField
        label="Project time zone (its call log is read in it)"
        value={draft.timeZone}
        error={fieldError('timeZone')}
        onChange={(value) => set('timeZone', value)}
      />
      {draft.target === 'ringostat' ? (
        <TextField
          label="API URL"
          value={draft.apiUrl}
          error={fieldError('apiUrl')}
          onChange={(value) => set('apiUrl', value)}
        />
      ) : null}
      <div className="field">
        <label htmlFor="profile-blocklist">
          Do-not-call numbers (one per line: never called from this profile)
        </label>
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
        Ask before every live call
      </label>
      {error && !error.fields ? (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <button type="submit">{profile ? 'Save profile' : 'Create profile'}</button>{' '}
      <span role="status">{saved ? 'Saved.' : ''}</span>
    </form>
  );
}
