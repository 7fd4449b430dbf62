import type { ProfileView } from '../../electron/contract/desk-types';

/** Always says which project is live and whether a callback will ring real phones. */
export function LiveBanner({ profile }: { profile: ProfileView }) {
  if (profile.target === 'simulator') {
    return (
      <p className="banner banner-sandbox" role="status" data-live="false">
        <strong>Sandbox</strong> · profile “{profile.name}” · callbacks go to the embedded Ringostat
        simulator. No real phone rings.
      </p>
    );
  }
  return (
    <p className="banner banner-live" role="status" data-live="true">
      <strong>LIVE</strong> · profile “{profile.name}”
      {profile.projectId ? `, project ${profile.projectId}` : ''} · callbacks ring real phones.
    </p>
  );
}
