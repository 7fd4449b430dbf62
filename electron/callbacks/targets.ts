import { text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';
import type { KeyVault } from '../profiles/key-vault';
import type { StoredProfile } from '../profiles/settings-schema';
import { checkAuthKey } from '../ringostat/auth-key';
import type { ApiTarget } from '../ringostat/client';
import { checkApiUrl } from '../ringostat/endpoint';
import { fieldError } from '../ringostat/prepare';
import type { FieldError } from '../contract/callback-types';
import { sandbox } from '../simulator/sandbox';

/**
 * Where a profile's requests go and with which key: the simulator's own, or
 * the profile's from the vault. The URL and the key are checked again on
 * every use, by the same rules as when they were saved: the settings file
 * may have been edited by hand, or written by an older version.
 */
export function targetFor(
  profile: StoredProfile,
  keys: KeyVault,
  simulatorUrl: () => string,
): Result<ApiTarget, FieldError> {
  if (profile.target === 'simulator') return ok({ apiUrl: simulatorUrl(), authKey: sandbox.authKey });
  const url = profileApiUrl(profile);
  if (!url.ok) return url;
  const stored = keys.keyFor(profile.id);
  if (!stored.ok) return fail({ field: 'authKey', message: stored.error });
  const key = checkAuthKey(stored.value);
  if (!key.ok) {
    return fail({
      field: 'authKey',
      message: text('target.keyRefused', { profile: profile.name, problem: key.error }),
    });
  }
  return ok({ apiUrl: url.value, authKey: key.value });
}

/** A live profile's API URL, if it may receive the key; otherwise what is wrong and what to do. */
export function profileApiUrl(profile: StoredProfile): Result<string, FieldError> {
  const url = checkApiUrl(profile.apiUrl);
  if (url.ok) return url;
  return fail({
    field: 'apiUrl',
    message: text('target.apiUrlRefused', {
      profile: profile.name,
      problem: fieldError('apiUrl', url.error).message,
    }),
  });
}

/** The project id requests carry: the profile's, or the simulator's own when a sandbox profile has none. */
export function projectIdFor(profile: StoredProfile): string {
  return profile.projectId || (profile.target === 'simulator' ? sandbox.projectId : '');
}

/**
 * What a confirmation was given for: which profile, live or not, which
 * server, which project. A run is confirmed once for these; a row sent when
 * any of them has changed since (another profile made active, this one
 * edited) was not confirmed, and is refused.
 */
export function profilePin(profile: StoredProfile): string {
  return JSON.stringify([profile.id, profile.target, profile.apiUrl, projectIdFor(profile)]);
}
