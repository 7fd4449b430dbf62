import { useEffect, useState } from 'react';
import { desk } from '../desk';
import { useT } from '../i18n';

/**
 * The setting for a system notification when a followed call-log row
 * settles while the window is in the background: shown where a row is
 * followed, kept with the app's other preferences, off unless turned on.
 */
export function NotifySettledToggle() {
  const t = useT();
  const [notify, setNotify] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void desk()
      .getState()
      .then((result) => current && result.ok && setNotify(result.value.notifySettled));
    return () => {
      current = false;
    };
  }, []);
  if (notify === null) return null;
  return (
    <label className="inline notify-settled">
      <input
        type="checkbox"
        checked={notify}
        onChange={(event) =>
          void desk()
            .setNotifySettled({ notify: event.target.checked })
            .then((result) => result.ok && setNotify(result.value.notifySettled))
        }
      />{' '}
      {t('notify.setting')}
    </label>
  );
}
