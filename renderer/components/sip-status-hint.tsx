import { useEffect, useState } from 'react';
import { desk } from '../desk';
import { useT } from '../i18n';

/** Whether the chosen SIP login is online or in a call: a warning before sending, never a block. */
export function SipStatusHint({ login }: { login: string }) {
  const t = useT();
  const [status, setStatus] = useState<{ login: string; text: string; warn: boolean } | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void desk()
        .getSipStatus({ login })
        .then((result) => {
          if (!current) return;
          if (!result.ok)
            setStatus({
              login,
              text: t('sip.unreadable', { reason: result.error.message }),
              warn: false,
            });
          else if (result.value.speaking)
            setStatus({ login, text: t('sip.speaking', { login }), warn: true });
          else if (!result.value.online) setStatus({ login, text: t('sip.offline', { login }), warn: true });
          else setStatus({ login, text: t('sip.online', { login }), warn: false });
        });
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [login, t]);
  if (!status || status.login !== login) return null;
  return (
    <p className={status.warn ? 'notice sip-status' : 'field-hint sip-status'} role="status">
      {status.text}
    </p>
  );
}
