import { useId, useState } from 'react';
import { fieldLabels } from '../../electron/ringostat/fields';
import { readVisitorData, type VisitorFields } from '../../electron/ringostat/visitor-import';

/** Paste a landing-page URL or a cookie; see what it would fill; apply it only on confirmation. */
export function VisitorImport({ onApply }: { onApply: (fields: VisitorFields) => void }) {
  const [open, setOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const id = useId();
  const reading = pasted.trim() === '' ? null : readVisitorData(pasted);
  const entries = reading ? (Object.entries(reading.fields) as [keyof VisitorFields, string][]) : [];
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Import visitor data…
      </button>
    );
  }
  return (
    <div className="visitor-import" role="group" aria-label="Import visitor data">
      <div className="field">
        <label htmlFor={id}>Landing-page URL, rngst2 cookie or _ga cookie</label>
        <textarea id={id} rows={2} value={pasted} onChange={(event) => setPasted(event.target.value)} />
      </div>
      {reading ? (
        <>
          {entries.length > 0 ? (
            <>
              <p className="field-hint">Found {reading.found.join(' and ')}. This fills:</p>
              <ul className="import-fields">
                {entries.map(([field, value]) => (
                  <li key={field}>
                    {fieldLabels[field]}: <strong>{value}</strong>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {reading.problems.map((problem) => (
            <p key={problem} className="field-error">
              {problem}
            </p>
          ))}
        </>
      ) : null}
      <button
        type="button"
        disabled={entries.length === 0}
        onClick={() => {
          onApply(reading?.fields ?? {});
          setPasted('');
          setOpen(false);
        }}
      >
        Apply to the form
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </div>
  );
}
