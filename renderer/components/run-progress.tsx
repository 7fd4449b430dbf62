import type { BatchView } from '../../electron/contract/desk-types';
import { useT } from '../i18n';

interface RunProgressProps {
  view: BatchView;
  mask: boolean;
  onMask: (mask: boolean) => void;
  onControl: (action: 'pauseBatch' | 'resumeBatch' | 'stopBatch') => Promise<void>;
  onExport: (format: 'csv' | 'json') => Promise<void>;
}

/** A run's progress, its controls, and a results table per row. */
export function RunProgress({ view, mask, onMask, onControl, onExport }: RunProgressProps) {
  const t = useT();
  const active = view.status === 'running' || view.status === 'paused';
  return (
    <section className="panel run-progress" aria-label={t('run.progressLabel')}>
      <h2>{t('run.heading', { status: view.status, sent: view.sent, total: view.total })}</h2>
      <progress max={view.total} value={view.sent} aria-label={t('run.rowsSent')} />
      {view.stoppedBecause ? <p className="notice">{t.words(view.stoppedBecause)}</p> : null}
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
      </p>
      <table className="run-results">
        <thead>
          <tr>
            <th scope="col">{t('run.col.row')}</th>
            <th scope="col">{t('run.col.value')}</th>
            <th scope="col">{t('run.col.outcome')}</th>
            <th scope="col">{t('run.col.http')}</th>
            <th scope="col">{t('run.col.latency')}</th>
            <th scope="col">{t('run.col.callLog')}</th>
            <th scope="col">{t('run.col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr
              key={row.index}
              data-state={row.state}
              data-outcome={row.result?.outcome ?? (row.error ? 'invalid' : row.state)}
            >
              <td>{row.index}</td>
              <td>{row.value}</td>
              <td>
                {row.result
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
              <td>
                {row.result?.historyId && view.callLog[row.result.historyId]
                  ? t.words(view.callLog[row.result.historyId]?.summary ?? '')
                  : ''}
              </td>
              <td>{row.error ? t.words(row.error) : row.result ? t.words(row.result.message) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
