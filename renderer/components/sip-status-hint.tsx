import { useEffect, useState } from 'react';
import { desk } from '../desk';
import { useT } from '../i18n';

/**
 * Whether the chosen SIP login is online or in a call: a warning before sending, never a block.
 * Its line is kept even when empty (a number, or a status on its way), so nothing below it moves
 * under a pointer about to click Send, and screen readers hear each new status.
 */
export function SipStatusHint({ login }: { login: string | null }) {
  const t = useT();
  const [status, setStatus] = useState<{ login: string; text: string; warn: boolean } | null>(null);
  useEffect(() => {
    if (login === null) return;
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
  const shown = status !== null && status.login === login ? status : null;
  return (
    <p className={shown?.warn ? 'notice sip-status' : 'field-hint sip-status'} role="status">
      {shown?.text}
    </p>
  );
}
