import { useId, useState } from 'react';
import { fieldLabel } from '../../electron/shared/fields';
import { useT } from '../i18n';
import { readVisitorData, type VisitorFields } from '../../electron/shared/visitor-import';

/** Paste a landing-page URL or a cookie; see what it would fill; apply it only on confirmation. */
export function VisitorImport({ onApply }: { onApply: (fields: VisitorFields) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const id = useId();
  const reading = pasted.trim() === '' ? null : readVisitorData(pasted);
  const entries = reading ? (Object.entries(reading.fields) as [keyof VisitorFields, string][]) : [];
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('visitor.open')}
      </button>
    );
  }
  return (
    <div className="visitor-import" role="group" aria-label={t('visitor.label')}>
      <div className="field">
        <label htmlFor={id}>{t('visitor.paste')}</label>
        <textarea id={id} rows={2} value={pasted} onChange={(event) => setPasted(event.target.value)} />
      </div>
      {reading ? (
        <>
          {entries.length > 0 ? (
            <>
              <p className="field-hint">
                {reading.found.length > 1
                  ? t('visitor.foundTwo', { first: reading.found[0] ?? '', second: reading.found[1] ?? '' })
                  : t('visitor.found', { first: reading.found[0] ?? '' })}
              </p>
              <ul className="import-fields">
                {entries.map(([field, value]) => (
                  <li key={field}>
                    {t.words(fieldLabel(field))}: <strong>{value}</strong>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {reading.problems.map((problem) => (
            <p key={problem.key} className="field-error">
              {t.words(problem)}
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
        {t('visitor.apply')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
