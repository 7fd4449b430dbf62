import { useT } from '../i18n';
import type { ProfileView } from '../../electron/contract/desk-types';

/** Always says which project is live and whether a callback will ring real phones. */
export function LiveBanner({ profile }: { profile: ProfileView }) {
  const t = useT();
  if (profile.target === 'simulator') {
    return (
      <p className="banner banner-sandbox" role="status" data-live="false">
        <strong>{t('banner.sandbox')}</strong>
        {t('banner.sandboxDetail', { name: profile.name })}
      </p>
    );
  }
  return (
    <p className="banner banner-live" role="status" data-live="true">
      <strong>{t('banner.live')}</strong>
      {profile.projectId
        ? t('banner.liveDetailProject', { name: profile.name, project: profile.projectId })
        : t('banner.liveDetail', { name: profile.name })}
    </p>
  );
}
