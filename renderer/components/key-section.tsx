import { useId, useRef, useState } from 'react';
import type { ConnectionCheck, DeskResult, DeskState, ProfileView } from '../../electron/contract/desk-types';
import { desk } from '../desk';

interface KeySectionProps {
  profile: ProfileView;
  keyStorage: DeskState['keyStorage'];
  onState: (state: DeskState) => void;
}

/**
 * The Auth-key is write-only here: it is read from the input only when saved,
 * never kept in React state, and the input is emptied at once.
 */
export function KeySection({ profile, keyStorage, onState }: KeySectionProps) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [checking, setChecking] = useState(false);

  const apply = (result: DeskResult<'setKey'>) => {
    if (result.ok) onState(result.value);
    setMessage(result.ok ? null : result.error.message);
  };
  const save = async (storage: 'encrypted' | 'session') => {
    const key = input.current?.value ?? '';
    if (input.current) input.current.value = '';
    if (key.trim() === '') {
      setMessage('Paste the key first.');
      return;
    }
    apply(await desk().setKey({ id: profile.id, key, storage }));
  };
  const testConnection = async () => {
    setChecking(true);
    const result = await desk().testConnection({ id: profile.id });
    setChecking(false);
    if (result.ok) setCheck(result.value);
    else setCheck({ status: 'unexpected', message: result.error.message, httpStatus: null });
  };

  const status = profile.key.set
    ? `Key set, ends in …${profile.key.lastFour ?? ''} (${profile.key.storage === 'session' ? 'this session only' : 'encrypted on this computer'})`
    : 'No key set.';
  return (
    <section className="key-section" aria-label="Auth-key">
      <h3>Auth-key</h3>
      {profile.target === 'simulator' ? (
        <p className="field-hint">The embedded simulator needs no key.</p>
      ) : (
        <>
          <p data-testid="key-status">{status}</p>
          <div className="field">
            <label htmlFor={id}>{profile.key.set ? 'Replace the key' : 'Paste the key'}</label>
            <input id={id} ref={input} type="password" autoComplete="off" spellCheck={false} />
          </div>
          {keyStorage.encrypted ? (
            <>
              <button type="button" onClick={() => void save('encrypted')}>
                Save key
              </button>{' '}
              <button type="button" className="secondary" onClick={() => void save('session')}>
                Keep for this session only
              </button>
            </>
          ) : (
            <>
              <p className="notice">{keyStorage.reason} The key is never written to disk unencrypted.</p>
              <button type="button" onClick={() => void save('session')}>
                Keep for this session only
              </button>
            </>
          )}{' '}
          {profile.key.set ? (
            <button
              type="button"
              className="secondary"
              onClick={() => void desk().clearKey({ id: profile.id }).then(apply)}
            >
              Clear key
            </button>
          ) : null}
          {message ? (
            <p className="field-error" role="alert">
              {message}
            </p>
          ) : null}
        </>
      )}
      <p>
        <button type="button" className="secondary" onClick={() => void testConnection()} disabled={checking}>
          {checking ? 'Testing…' : 'Test connection'}
        </button>
      </p>
      <p role="status" className={check ? `check check-${check.status}` : undefined}>
        {check ? check.message : ''}
      </p>
    </section>
  );
}
