import type { BatchView } from '../../electron/contract/desk-types';

interface RunProgressProps {
  view: BatchView;
  mask: boolean;
  onMask: (mask: boolean) => void;
  onControl: (action: 'pauseBatch' | 'resumeBatch' | 'stopBatch') => Promise<void>;
  onExport: (format: 'csv' | 'json') => Promise<void>;
}

/** A run's progress, its controls, and a results table per row. */
export function RunProgress({ view, mask, onMask, onControl, onExport }: RunProgressProps) {
  const active = view.status === 'running' || view.status === 'paused';
  return (
    <section className="panel run-progress" aria-label="Run progress">
      <h2>
        Run: {view.status} · {view.sent} of {view.total} sent
      </h2>
      <progress max={view.total} value={view.sent} aria-label="Rows sent" />
      {view.stoppedBecause ? <p className="notice">{view.stoppedBecause}</p> : null}
      <p className="run-controls">
        {view.status === 'running' ? (
          <button type="button" className="secondary" onClick={() => void onControl('pauseBatch')}>
            Pause
          </button>
        ) : null}
        {view.status === 'paused' ? (
          <button type="button" onClick={() => void onControl('resumeBatch')}>
            Resume
          </button>
        ) : null}
        {active ? (
          <button type="button" className="danger" onClick={() => void onControl('stopBatch')}>
            Stop
          </button>
        ) : null}
        <label className="inline">
          <input type="checkbox" checked={mask} onChange={(event) => onMask(event.target.checked)} /> Mask
          numbers
        </label>
        <button type="button" className="secondary" onClick={() => void onExport('csv')}>
          Export results CSV
        </button>
        <button type="button" className="secondary" onClick={() => void onExport('json')}>
          Export results JSON
        </button>
      </p>
      <table className="run-results">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Value</th>
            <th scope="col">Outcome</th>
            <th scope="col">HTTP</th>
            <th scope="col">Latency</th>
            <th scope="col">Call log</th>
            <th scope="col">Message</th>
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
              <td>{row.result?.outcome ?? (row.error ? 'invalid: not sent' : row.state)}</td>
              <td>{row.result?.httpStatus ?? ''}</td>
              <td>{row.result?.latencyMs === null || !row.result ? '' : `${row.result.latencyMs} ms`}</td>
              <td>{row.result?.historyId ? (view.callLog[row.result.historyId] ?? '') : ''}</td>
              <td>{row.error ?? row.result?.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
