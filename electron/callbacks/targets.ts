import type { Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';
import type { ProfileService } from '../profiles/profile-service';
import type { StoredProfile } from '../profiles/settings-schema';
import type { ApiTarget } from '../ringostat/client';
import { sandbox } from '../simulator/sandbox';

/** Where a profile's requests go and with which key: the simulator's own, or the profile's from the vault. */
export function targetFor(
  profile: StoredProfile,
  profiles: ProfileService,
  simulatorUrl: () => string,
): Result<ApiTarget, Text> {
  if (profile.target === 'simulator') return ok({ apiUrl: simulatorUrl(), authKey: sandbox.authKey });
  const key = profiles.keyFor(profile.id);
  return key.ok ? ok({ apiUrl: profile.apiUrl, authKey: key.value }) : fail(key.error);
}

/** The project id requests carry: the profile's, or the simulator's own when a sandbox profile has none. */
export function projectIdFor(profile: StoredProfile): string {
  return profile.projectId || (profile.target === 'simulator' ? sandbox.projectId : '');
}
