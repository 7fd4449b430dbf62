import { useEffect, useState } from 'react';
import type { BatchView } from '../../electron/contract/desk-types';
import type { RunComparison, RunSummary } from '../../electron/contract/batch-types';
import { selector, type Words } from '../../electron/contract/i18n/text';
import { formatMoment } from '../../electron/contract/i18n/moments';
import { desk } from '../desk';
import { useT } from '../i18n';
import { ExportNoteView, exportNoteOf, type ExportNote } from './saved-file';

type Side = RunComparison['rows'][number]['now'];

interface RunCompareProps {
  view: BatchView;
  mask: boolean;
  /** The run's calls are still settling in the call log: their endings are not known yet. */
  settling: boolean;
}

/**
 * An ended run of a template against an earlier run of the same template:
 * which values changed outcome or call-log ending (a regression in a
 * forwarding scheme), with the comparison one click from a file.
 */
export function RunCompare({ view, mask, settling }: RunCompareProps) {
  const t = useT();
  const ended = view.status === 'finished' || view.status === 'stopped';
  const templateId = view.template?.id ?? null;
  const [earlier, setEarlier] = useState<RunSummary[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [comparison, setComparison] = useState<RunComparison | null>(null);
  const [message, setMessage] = useState<Words | null>(null);
  const [exportNote, setExportNote] = useState<ExportNote | null>(null);

  useEffect(() => {
    if (!ended || templateId === null) return;
    let live = true;
    void desk()
      .listEarlierRuns()
      .then((result) => {
        if (!live || !result.ok) return;
        setEarlier(result.value);
        setChosen(result.value[0]?.id ?? '');
        setComparison(null);
      });
    return () => {
      live = false;
    };
  }, [ended, templateId, view.id]);

  if (!ended || !view.template || earlier === null) return null;
  // An earlier run may have sent for another profile: its time is the person's own.
  const time = (iso: string) => formatMoment(iso, t.locale, 'short');
  const side = (item: Side) =>
    item
      ? [t('runExpect.outcomeWord', { outcome: selector(item.outcome ?? 'skipped') }), item.callEnding]
          .filter(Boolean)
          .join(' · ')
      : '—';
  const compare = async () => {
    const result = await desk().compareBatch({ earlierId: chosen });
    setExportNote(null);
    if (result.ok) {
      setComparison(result.value);
      setMessage(null);
    } else setMessage(result.error.message);
  };
  const exportAs = async (format: 'csv' | 'json') => {
    const result = await desk().exportBatchComparison({ earlierId: chosen, format, maskNumbers: mask });
    const note = exportNoteOf(result, 'runs.exported');
    if (note) setExportNote(note);
  };
  const changed = comparison?.rows.filter((row) => row.change !== 'same') ?? [];

  return (
    <section className="panel run-compare" aria-label={t('runExpect.compareLabel')}>
      <h2>{t('runExpect.compareHeading', { template: view.template.name })}</h2>
      {earlier.length === 0 ? (
        <p className="field-hint">{t('runExpect.noEarlier')}</p>
      ) : (
        <div className="run-compare-choice">
          <div className="field">
            <label htmlFor="run-earlier">{t('runExpect.earlierRun')}</label>
            <select
              id="run-earlier"
              value={chosen}
              onChange={(event) => {
                setChosen(event.target.value);
                setComparison(null);
              }}
            >
              {earlier.map((run) => (
                <option key={run.id} value={run.id}>
                  {t('runExpect.earlierOption', {
                    time: time(run.startedAt),
                    status: run.status,
                    passed: run.passed,
                    failed: run.failed,
                  })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void compare()} disabled={settling || chosen === ''}>
            {t('runExpect.compare')}
          </button>
          {settling ? <p className="field-hint">{t('runExpect.waitSettle')}</p> : null}
        </div>
      )}
      {comparison ? (
        <>
          <p role="status">
            {comparison.changed > 0
              ? t('runExpect.compareSummary', {
                  changed: comparison.changed,
                  total: comparison.rows.length,
                  time: time(comparison.earlier.startedAt),
                })
              : t('runExpect.compareSame', { time: time(comparison.earlier.startedAt) })}
          </p>
          {changed.length > 0 ? (
            <table className="run-results" aria-label={t('runExpect.compareTable')}>
              <thead>
                <tr>
                  <th scope="col">{t('run.col.value')}</th>
                  <th scope="col">{t('runExpect.col.change')}</th>
                  <th scope="col">{t('runExpect.col.earlier')}</th>
                  <th scope="col">{t('runExpect.col.now')}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((row) => (
                  <tr key={row.value} data-change={row.change}>
                    <td>{row.value}</td>
                    <td>{t('runExpect.change', { change: selector(row.change) })}</td>
                    <td>{side(row.earlier)}</td>
                    <td>{side(row.now)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p className="run-controls">
            <button type="button" className="secondary" onClick={() => void exportAs('csv')}>
              {t('runExpect.exportCompareCsv')}
            </button>
            <button type="button" className="secondary" onClick={() => void exportAs('json')}>
              {t('runExpect.exportCompareJson')}
            </button>
          </p>
        </>
      ) : null}
      <ExportNoteView note={exportNote} />
      {message ? (
        <p className="problem" role="alert">
          {t.words(message)}
        </p>
      ) : null}
    </section>
  );
}
