import { useEffect, useState } from 'react';
import { desk } from '../desk';

/** How much history to keep: a count and an age, applied at once and at every start. */
export function RetentionSettings({ onSaved }: { onSaved?: () => void }) {
  const [maxEntries, setMaxEntries] = useState('');
  const [maxAgeDays, setMaxAgeDays] = useState('');
  const [mask, setMask] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

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
      setMessage('Keep between 100 and 1,000,000 entries.');
      return;
    }
    if (!Number.isInteger(days) || days < 0 || days > 3650) {
      setMessage('Keep entries for 0 (no limit) to 3650 days.');
      return;
    }
    const result = await desk().setHistorySettings({
      maxEntries: entries,
      maxAgeDays: days,
      maskNumbers: mask,
    });
    setMessage(result.ok ? 'Saved: older entries beyond these limits are removed.' : result.error.message);
    if (result.ok) onSaved?.();
  };

  return (
    <details className="retention">
      <summary>How much history to keep, and masking</summary>
      <div className="retention-row">
        <div className="field">
          <label htmlFor="retention-entries">Entries at most</label>
          <input
            id="retention-entries"
            inputMode="numeric"
            value={maxEntries}
            onChange={(event) => setMaxEntries(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="retention-days">Days at most (0: no limit)</label>
          <input
            id="retention-days"
            inputMode="numeric"
            value={maxAgeDays}
            onChange={(event) => setMaxAgeDays(event.target.value)}
          />
        </div>
        <button type="button" className="secondary" onClick={() => void save()}>
          Save
        </button>
      </div>
      <label className="inline">
        <input type="checkbox" checked={mask} onChange={(event) => setMask(event.target.checked)} /> Mask
        phone numbers in the history and its exports (last four digits only)
      </label>
      {message ? <p role="status">{message}</p> : null}
    </details>
  );
}
