import { useState } from 'react';
import type { CallbackFormInput } from '../../electron/contract/schemas';
import { scenarioGallery, type GalleryEntry } from '../../electron/shared/scenarios';
import '../call-log.css';
import { useT } from '../i18n';

interface ScenarioGalleryProps {
  /** Fills the callback form with a scenario's parties. */
  onFill: (form: CallbackFormInput) => void;
  /** Whether the call log is open under the form, and how to open it. */
  split: boolean;
  onSplit: () => void;
}

/**
 * The simulator's scenarios, each saying what it shows: one click fills the
 * form, so a trainer can walk through every outcome and call-log ending.
 * Offered on the sandbox profile only; the app never shows it on a live one.
 */
export function ScenarioGallery({ onFill, split, onSplit }: ScenarioGalleryProps) {
  const t = useT();
  const [filled, setFilled] = useState<GalleryEntry['name'] | null>(null);
  const fill = (entry: GalleryEntry) => {
    onFill({ method: 'extended', caller: entry.caller, callee: entry.callee });
    setFilled(entry.name);
    document.querySelector('form.callback-form')?.scrollIntoView?.({ block: 'start' });
  };
  return (
    <section className="panel scenario-gallery" aria-labelledby="scenario-gallery-title">
      <div className="call-log-head">
        <h2 id="scenario-gallery-title">{t('scenarios.title')}</h2>
        {split ? null : (
          <button type="button" className="secondary" onClick={onSplit}>
            {t('callLogScreen.split')}
          </button>
        )}
      </div>
      <p className="field-hint">{t('scenarios.intro')}</p>
      <p role="status" className="field-hint">
        {filled ? t('scenarios.filled', { name: t(`scenarios.${filled}`) }) : ''}
      </p>
      <ul className="scenario-list">
        {scenarioGallery.map((entry) => (
          <li key={entry.name} data-scenario={entry.name}>
            <p className="scenario-name">
              <strong>{t(`scenarios.${entry.name}`)}</strong> <code>{entry.caller}</code>
            </p>
            <p className="scenario-expect">
              {entry.ending
                ? t('scenarios.expect', { outcome: t(`outcomeWord.${entry.outcome}`), ending: entry.ending })
                : t('scenarios.expectNoCall', { outcome: t(`outcomeWord.${entry.outcome}`) })}
            </p>
            <p className="field-hint">{t(`scenarios.${entry.name}.description`)}</p>
            <button
              type="button"
              className="secondary"
              aria-label={t('scenarios.fillNamed', { name: t(`scenarios.${entry.name}`) })}
              onClick={() => fill(entry)}
            >
              {t('scenarios.fill')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
