import { useEffect, useState } from 'react';
import { desk } from '../desk';

/** Whether the chosen SIP login is online or in a call: a warning before sending, never a block. */
export function SipStatusHint({ login }: { login: string }) {
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
              text: `The SIP status could not be read: ${result.error.message}`,
              warn: false,
            });
          else if (result.value.speaking)
            setStatus({ login, text: `${login} is in a call right now.`, warn: true });
          else if (!result.value.online)
            setStatus({ login, text: `${login} is offline: the call may not be answered.`, warn: true });
          else setStatus({ login, text: `${login} is online.`, warn: false });
        });
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [login]);
  if (!status || status.login !== login) return null;
  return (
    <p className={status.warn ? 'notice sip-status' : 'field-hint sip-status'} role="status">
      {status.text}
    </p>
  );
}
