import { useId, useRef, useState } from 'react';
import type { ConnectionCheck, DeskResult, DeskState, ProfileView } from '../../electron/contract/desk-types';
import type { Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';

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
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [message, setMessage] = useState<Words | null>(null);
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [checking, setChecking] = useState(false);

  const apply = (result: DeskResult<'setKey'>) => {
    if (result.ok) onState(result.value);
    // A refused key has no field of its own on screen: the field's message is what says what to do.
    setMessage(result.ok ? null : (result.error.fields?.[0]?.message ?? result.error.message));
  };
  const save = async (storage: 'encrypted' | 'session') => {
    const key = input.current?.value ?? '';
    if (input.current) input.current.value = '';
    if (key.trim() === '') {
      setMessage(t('key.pasteFirst'));
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
    ? t('key.status', { lastFour: profile.key.lastFour ?? '', storage: profile.key.storage ?? 'encrypted' })
    : t('key.none');
  return (
    <section className="key-section" aria-label={t('key.title')}>
      <h3>{t('key.title')}</h3>
      {profile.target === 'simulator' ? (
        <p className="field-hint">{t('key.simulatorNeedsNone')}</p>
      ) : (
        <>
          <p data-testid="key-status">{status}</p>
          <div className="field">
            <label htmlFor={id}>{profile.key.set ? t('key.replace') : t('key.paste')}</label>
            <input id={id} ref={input} type="password" autoComplete="off" spellCheck={false} />
          </div>
          {keyStorage.encrypted ? (
            <>
              <button type="button" onClick={() => void save('encrypted')}>
                {t('key.save')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => void save('session')}>
                {t('key.sessionOnly')}
              </button>
            </>
          ) : (
            <>
              <p className="notice">{t('key.neverPlain', { reason: keyStorage.reason ?? '' })}</p>
              <button type="button" onClick={() => void save('session')}>
                {t('key.sessionOnly')}
              </button>
            </>
          )}{' '}
          {profile.key.set ? (
            <button
              type="button"
              className="secondary"
              onClick={() => void desk().clearKey({ id: profile.id }).then(apply)}
            >
              {t('key.clear')}
            </button>
          ) : null}
          {message ? (
            <p className="field-error" role="alert">
              {t.words(message)}
            </p>
          ) : null}
        </>
      )}
      <p>
        <button type="button" className="secondary" onClick={() => void testConnection()} disabled={checking}>
          {checking ? t('key.testing') : t('key.test')}
        </button>
      </p>
      <p role="status" className={check ? `check check-${check.status}` : undefined}>
        {check ? t.words(check.message) : ''}
      </p>
    </section>
  );
}
