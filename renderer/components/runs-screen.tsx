import { useEffect, useState } from 'react';
import type { BatchPlan } from '../../electron/batch/batch-plan';
import type { BatchView, DeskState } from '../../electron/contract/desk-types';
import type { CallbackTemplate } from '../../electron/templates/template-types';
import { desk } from '../desk';
import { RunProgress } from './run-progress';
import { TemplateList } from './template-list';

type Column = 'callee' | 'caller' | 'destination';

/** Batch runs: a template, a column of values, checked before anything is sent, then sent one at a time. */
export function RunsScreen({ state, onChanged }: { state: DeskState; onChanged: () => void }) {
  const [templates, setTemplates] = useState<CallbackTemplate[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [column, setColumn] = useState<Column>('callee');
  const [values, setValues] = useState('');
  const [gapSeconds, setGapSeconds] = useState('5');
  const [stopOnFailure, setStopOnFailure] = useState(false);
  const [tag, setTag] = useState<'qa' | 'training' | 'support'>('qa');
  const [plan, setPlan] = useState<BatchPlan | null>(null);
  const [confirmText, setConfirmText] = useState('');
  const [view, setView] = useState<BatchView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [mask, setMask] = useState(false);

  const template = templates.find((item) => item.id === templateId) ?? null;
  const columns: Column[] = template?.form.method === 'simple' ? ['destination'] : ['callee', 'caller'];
  const running =
    view !== null && (view.status === 'running' || view.status === 'paused' || view.status === 'stopping');
  // After the last send, accepted rows are still followed into the call log until each has settled.
  const settling =
    view !== null &&
    view.rows.some((row) => {
      if (row.result?.outcome !== 'accepted' || !row.result.historyId) return false;
      const seen = view.callLog[row.result.historyId];
      return seen === undefined || seen.startsWith('provisional') || seen.startsWith('looking');
    });

  useEffect(() => {
    let live = true;
    void desk()
      .getBatch()
      .then((result) => live && result.ok && setView(result.value));
    return () => {
      live = false;
    };
  }, []);

  // While a run goes on, and until its calls settle in the call log, its progress is read twice a second.
  useEffect(() => {
    if (!running && !settling) return;
    const timer = setInterval(() => {
      void desk()
        .getBatch()
        .then((result) => {
          if (!result.ok) return;
          setView(result.value);
          if (result.value && result.value.status !== 'running' && result.value.status !== 'paused')
            onChanged();
        });
    }, 500);
    return () => clearInterval(timer);
  }, [running, settling, onChanged]);

  const request = () =>
    template
      ? { form: template.form, column: columns.includes(column) ? column : (columns[0] ?? 'callee'), values }
      : null;
  const check = async () => {
    const body = request();
    if (!body) {
      setMessage('Choose a template first.');
      return;
    }
    const result = await desk().planBatch(body);
    if (result.ok) {
      setPlan(result.value);
      setMessage(null);
    } else setMessage(result.error.message);
  };
  const start = async () => {
    const body = request();
    if (!body || !plan) return;
    const gapMs = Math.round(Number(gapSeconds) * 1000);
    if (!Number.isFinite(gapMs) || gapMs < 1000) {
      setMessage('The gap between calls is at least 1 second.');
      return;
    }
    const result = await desk().startBatch({
      ...body,
      gapMs,
      stopOnFailure,
      tag,
      ...(plan.live ? { confirmCount: Number(confirmText) } : {}),
    });
    if (result.ok) {
      setView(result.value);
      setMessage(null);
    } else setMessage(result.error.message);
  };
  const control = async (action: 'pauseBatch' | 'resumeBatch' | 'stopBatch') => {
    const result = await desk()[action]();
    if (result.ok) setView(result.value);
  };
  const exportAs = async (format: 'csv' | 'json') => {
    const result = await desk().exportBatch({ format, maskNumbers: mask });
    if (!result.ok) setMessage(result.error.message);
    else if (result.value) setMessage(`Exported ${result.value.count} row(s) to ${result.value.path}.`);
  };
  const readCsv = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      setValues(String(reader.result ?? ''));
      setPlan(null);
    };
    reader.readAsText(file);
  };

  return (
    <section className="runs-screen" aria-label="Runs">
      <div className="runs-body">
        <form
          className="panel run-setup"
          aria-label="Set up a run"
          onSubmit={(event) => event.preventDefault()}
        >
          <h2>Run a list of callbacks</h2>
          <div className="field">
            <label htmlFor="run-template">Template for the run</label>
            <select
              id="run-template"
              value={templateId}
              onChange={(event) => {
                setTemplateId(event.target.value);
                setPlan(null);
              }}
            >
              <option value="">Choose…</option>
              {templates.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="run-column">Each value goes into</label>
            <select
              id="run-column"
              value={columns.includes(column) ? column : columns[0]}
              onChange={(event) => setColumn(event.target.value as Column)}
            >
              {columns.map((name) => (
                <option key={name} value={name}>
                  {name === 'callee' &&
                  template?.form.method === 'extended' &&
                  template.form.calleeType === 'scheme'
                    ? 'callee (forwarding scheme ids)'
                    : name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="run-values">Values, one per line (or the first column of a CSV file)</label>
            <textarea
              id="run-values"
              rows={6}
              value={values}
              onChange={(event) => {
                setValues(event.target.value);
                setPlan(null);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="run-csv">Import a CSV file</label>
            <input
              id="run-csv"
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(event) => readCsv(event.target.files?.[0])}
            />
          </div>
          <div className="run-options">
            <div className="field">
              <label htmlFor="run-gap">Gap between calls, seconds (at least 1)</label>
              <input
                id="run-gap"
                inputMode="decimal"
                value={gapSeconds}
                onChange={(event) => setGapSeconds(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="run-tag">Tag in the history</label>
              <select id="run-tag" value={tag} onChange={(event) => setTag(event.target.value as typeof tag)}>
                <option value="qa">QA</option>
                <option value="training">Training</option>
                <option value="support">Support</option>
              </select>
            </div>
          </div>
          <label className="inline">
            <input
              type="checkbox"
              checked={stopOnFailure}
              onChange={(event) => setStopOnFailure(event.target.checked)}
            />{' '}
            Stop on the first failure
          </label>
          <p>
            <button type="button" className="secondary" onClick={() => void check()} disabled={running}>
              Check the rows
            </button>
          </p>
          {plan ? (
            <div className="run-plan" role="status">
              <p>
                {plan.valid} of {plan.rows.length} row(s) will be sent on “{plan.profileName}”
                {plan.rows.length > plan.valid
                  ? `; ${plan.rows.length - plan.valid} invalid row(s) will not`
                  : ''}
                .
              </p>
              <ul className="plan-rows">
                {plan.rows
                  .filter((row) => row.error)
                  .map((row) => (
                    <li key={row.index} className="field-error">
                      Row {row.index} ({row.value}): {row.error}
                    </li>
                  ))}
              </ul>
              {plan.live ? (
                <div className="field">
                  <label htmlFor="run-confirm">
                    This places {plan.valid} real call(s). Type {plan.valid} to confirm.
                  </label>
                  <input
                    id="run-confirm"
                    inputMode="numeric"
                    value={confirmText}
                    onChange={(event) => setConfirmText(event.target.value)}
                  />
                </div>
              ) : (
                <p className="field-hint">The simulator answers: no real phone rings.</p>
              )}
              <button
                type="button"
                className={plan.live ? 'live' : undefined}
                onClick={() => void start()}
                disabled={running || plan.valid === 0}
              >
                Start the run
              </button>
            </div>
          ) : null}
          {message ? (
            <p className="problem" role="alert">
              {message}
            </p>
          ) : null}
        </form>
        <TemplateList state={state} onTemplates={setTemplates} />
      </div>
      {view ? (
        <RunProgress view={view} mask={mask} onMask={setMask} onControl={control} onExport={exportAs} />
      ) : null}
    </section>
  );
}
