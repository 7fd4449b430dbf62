import { useEffect, useState } from 'react';
import type { Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';

/** How much history to keep: a count and an age, applied at once and at every start. */
export function RetentionSettings({ onSaved }: { onSaved?: () => void }) {
  const t = useT();
  const [maxEntries, setMaxEntries] = useState('');
  const [maxAgeDays, setMaxAgeDays] = useState('');
  const [mask, setMask] = useState(false);
  const [message, setMessage] = useState<Words | null>(null);

  useEffect(() => {
    void desk()
      .getHistorySettings()
      .then((result) => {
        if (!result.ok) return;
        setMaxEntries(String(result.value.maxEntries));
        setMaxAgeDays(String(result.value.maxAgeDays));
        setMask(result.value.maskNumbers);
      });
  }, []);

  const save = async () => {
    const entries = Number(maxEntries);
    const days = Number(maxAgeDays);
    if (!Number.isInteger(entries) || entries < 100 || entries > 1_000_000) {
      setMessage(t('retention.entriesRange', { min: 100, max: 1_000_000 }));
      return;
    }
    if (!Number.isInteger(days) || days < 0 || days > 3650) {
      setMessage(t('retention.daysRange', { max: 3650 }));
      return;
    }
    const result = await desk().setHistorySettings({
      maxEntries: entries,
      maxAgeDays: days,
      maskNumbers: mask,
    });
    setMessage(result.ok ? t('retention.saved') : result.error.message);
    if (result.ok) onSaved?.();
  };

  return (
    <details className="retention">
      <summary>{t('retention.title')}</summary>
      <div className="retention-row">
        <div className="field">
          <label htmlFor="retention-entries">{t('retention.entries')}</label>
          <input
            id="retention-entries"
            inputMode="numeric"
            value={maxEntries}
            onChange={(event) => setMaxEntries(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="retention-days">{t('retention.days')}</label>
          <input
            id="retention-days"
            inputMode="numeric"
            value={maxAgeDays}
            onChange={(event) => setMaxAgeDays(event.target.value)}
          />
        </div>
        <button type="button" className="secondary" onClick={() => void save()}>
          {t('retention.save')}
        </button>
      </div>
      <label className="inline">
        <input type="checkbox" checked={mask} onChange={(event) => setMask(event.target.checked)} />{' '}
        {t('retention.mask')}
      </label>
      {message ? <p role="status">{t.words(message)}</p> : null}
    </details>
  );
}
