import type { BatchView } from '../../electron/contract/desk-types';
import { describeMismatches } from '../../electron/shared/run-expect';
import { useState } from 'react';
import { desk } from '../desk';
import { useT } from '../i18n';
import { ExportNoteView, exportNoteOf, type ExportNote } from './saved-file';
import { Moment } from '../moment';

interface RunProgressProps {
  view: BatchView;
  mask: boolean;
  onMask: (mask: boolean) => void;
  onControl: (action: 'pauseBatch' | 'resumeBatch' | 'stopBatch') => Promise<void>;
}

/** A run's progress, its controls, and a results table per row. */
export function RunProgress({ view, mask, onMask, onControl }: RunProgressProps) {
  const t = useT();
  // What the last export of these results saved is said here, by them, not in the setup panel.
  const [exportNote, setExportNote] = useState<ExportNote | null>(null);
  const onExport = async (format: 'csv' | 'json' | 'junit') => {
    const note = exportNoteOf(await desk().exportBatch({ format, maskNumbers: mask }), 'runs.exported');
    if (note) setExportNote(note);
  };
  const active = view.status === 'running' || view.status === 'paused';
  const expecting = view.rows.filter((row) => row.check.explicit);
  // The columns of expectations show only for a run whose rows named some.
  const checked = expecting.length > 0;
  return (
    <section className="panel run-progress" aria-label={t('run.progressLabel')}>
      <h2>{t('run.heading', { status: view.status, sent: view.sent, total: view.total })}</h2>
      <progress max={view.total} value={view.sent} aria-label={t('run.rowsSent')} />
      {view.stoppedBecause ? <p className="notice">{t.words(view.stoppedBecause)}</p> : null}
      {checked ? (
        <p className="run-verdicts">
          {t('runExpect.summary', {
            passed: expecting.filter((row) => row.check.verdict === 'passed').length,
            total: expecting.length,
            failed: expecting.filter((row) => row.check.verdict === 'failed').length,
          })}
        </p>
      ) : null}
      <p className="run-controls">
        {view.status === 'running' ? (
          <button type="button" className="secondary" onClick={() => void onControl('pauseBatch')}>
            {t('run.pause')}
          </button>
        ) : null}
        {view.status === 'paused' ? (
          <button type="button" onClick={() => void onControl('resumeBatch')}>
            {t('run.resume')}
          </button>
        ) : null}
        {active ? (
          <button type="button" className="danger" onClick={() => void onControl('stopBatch')}>
            {t('run.stop')}
          </button>
        ) : null}
        <label className="inline">
          <input type="checkbox" checked={mask} onChange={(event) => onMask(event.target.checked)} />{' '}
          {t('run.mask')}
        </label>
        <button type="button" className="secondary" onClick={() => void onExport('csv')}>
          {t('run.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void onExport('json')}>
          {t('run.exportJson')}
        </button>
        <button type="button" className="secondary" onClick={() => void onExport('junit')}>
          {t('runExpect.exportJunit')}
        </button>
      </p>
      <ExportNoteView note={exportNote} />
      <table className="run-results">
        <thead>
          <tr>
            <th scope="col">{t('run.col.row')}</th>
            <th scope="col">{t('run.col.value')}</th>
            {checked ? <th scope="col">{t('runExpect.col.expected')}</th> : null}
            <th scope="col">{t('run.col.outcome')}</th>
            <th scope="col">{t('run.col.http')}</th>
            <th scope="col">{t('run.col.latency')}</th>
            <th scope="col">{t('run.col.callLog')}</th>
            {checked ? <th scope="col">{t('runExpect.col.check')}</th> : null}
            <th scope="col">{t('run.col.message')}</th>
            <th scope="col">{t('run.col.sent')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr
              key={row.index}
              data-state={row.state}
              data-outcome={row.result?.outcome ?? (row.error ? 'invalid' : row.state)}
              data-verdict={row.check.explicit ? row.check.verdict : undefined}
            >
              <td>{row.index}</td>
              <td>{row.value}</td>
              {checked ? (
                <td>
                  {[row.expect?.outcome && t(`outcomeWord.${row.expect.outcome}`), row.expect?.call]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
              ) : null}
              <td className="run-outcome">
                {row.state === 'checking'
                  ? t('runExpect.checking')
                  : row.result
                    ? row.result.outcome === 'refused'
                      ? t('batchOutcome.refused')
                      : t(`outcomeWord.${row.result.outcome}`)
                    : row.error
                      ? t('run.invalidNotSent')
                      : t(`run.state.${row.state}`)}
              </td>
              <td>{row.result?.httpStatus ?? ''}</td>
              <td>
                {row.result?.latencyMs === null || !row.result
                  ? ''
                  : t('run.latency', { ms: row.result.latencyMs })}
              </td>
              <td className="run-call-log">
                {row.result?.historyId && view.callLog[row.result.historyId]
                  ? t.words(view.callLog[row.result.historyId]?.summary ?? '')
                  : ''}
              </td>
              {checked ? (
                <td className="run-check">{row.check.explicit ? <RowVerdict row={row} /> : ''}</td>
              ) : null}
              <td>{row.error ? t.words(row.error) : row.result ? t.words(row.result.message) : ''}</td>
              <td className="run-time">
                {row.result ? (
                  <Moment at={row.result.sentAt} style="time" projectZone={view.timeZone} stacked />
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Passed, or failed with expected against actual, for a row that named expectations. */
function RowVerdict({ row }: { row: BatchView['rows'][number] }) {
  const t = useT();
  const { verdict } = row.check;
  if (verdict === 'passed') return <>{t('runExpect.passed')}</>;
  if (verdict === 'skipped') return <>{t('runExpect.skipped')}</>;
  if (verdict === 'pending') return null;
  const why = describeMismatches(row.check, row.call);
  return <>{t('runExpect.failed', { why: why ?? '' })}</>;
}
