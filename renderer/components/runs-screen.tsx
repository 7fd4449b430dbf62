import { useEffect, useState } from 'react';
import type { BatchPlan } from '../../electron/contract/batch-types';
import type { BatchView, DeskState } from '../../electron/contract/desk-types';
import type { CallbackTemplate } from '../../electron/contract/template-types';
import type { Words } from '../../electron/contract/i18n/text';
import { gapLimits, readPlainDecimal } from '../../electron/contract/limits';
import { desk } from '../desk';
import { useT } from '../i18n';
import { RunCompare } from './run-compare';
import { RunProgress } from './run-progress';
import { RunSheetEditor } from './run-sheet-editor';
import { TemplateList } from './template-list';

type Column = 'callee' | 'caller' | 'destination';

/** Batch runs: a template, a column of values, checked before anything is sent, then sent one at a time. */
export function RunsScreen({ state, onChanged }: { state: DeskState; onChanged: () => void }) {
  const t = useT();
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
  const [message, setMessage] = useState<Words | null>(null);
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
      return seen === undefined || seen.status === 'provisional' || seen.status === 'searching';
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
      setMessage(t('runs.chooseTemplate'));
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
    // Plain decimal only: Number() would also take 0x10, 1e3 or an empty box.
    const seconds = readPlainDecimal(gapSeconds.trim());
    const gapMs = seconds === null ? Number.NaN : Math.round(seconds * 1000);
    if (!(gapMs >= gapLimits.minimumMs && gapMs <= gapLimits.maximumMs)) {
      setMessage(t('batch.gapRange'));
      return;
    }
    const result = await desk().startBatch({
      ...body,
      templateId: template?.id,
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
  // Any change to the values, in the text or the table, forgets the check: an unchecked list cannot start.
  const changeValues = (next: string) => {
    setValues(next);
    setPlan(null);
  };
  const readCsv = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => changeValues(String(reader.result ?? ''));
    reader.readAsText(file);
  };

  return (
    <section className="runs-screen" aria-label={t('runs.label')}>
      <div className="runs-body">
        <form
          className="panel run-setup"
          aria-label={t('runs.setup')}
          onSubmit={(event) => event.preventDefault()}
        >
          <h2>{t('runs.heading')}</h2>
          <div className="field">
            <label htmlFor="run-template">{t('runs.template')}</label>
            <select
              id="run-template"
              value={templateId}
              onChange={(event) => {
                setTemplateId(event.target.value);
                setPlan(null);
              }}
            >
              <option value="">{t('runs.choose')}</option>
              {templates.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="run-column">{t('runs.column')}</label>
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
                    ? t('runs.column.schemes')
                    : t(`runs.column.${name}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="run-values">{t('runs.values')}</label>
            <textarea
              id="run-values"
              rows={6}
              value={values}
              aria-describedby="run-values-hint"
              onChange={(event) => changeValues(event.target.value)}
            />
            <p className="field-hint" id="run-values-hint">
              {t('runExpect.valuesHint')}
            </p>
            <RunSheetEditor values={values} onValues={changeValues} disabled={running} />
          </div>
          <div className="field">
            <label htmlFor="run-csv">{t('runs.csv')}</label>
            <input
              id="run-csv"
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(event) => readCsv(event.target.files?.[0])}
            />
          </div>
          <div className="run-options">
            <div className="field">
              <label htmlFor="run-gap">{t('runs.gap')}</label>
              <input
                id="run-gap"
                inputMode="decimal"
                value={gapSeconds}
                onChange={(event) => setGapSeconds(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="run-tag">{t('runs.tag')}</label>
              <select id="run-tag" value={tag} onChange={(event) => setTag(event.target.value as typeof tag)}>
                <option value="qa">{t('tag.qa')}</option>
                <option value="training">{t('tag.training')}</option>
                <option value="support">{t('tag.support')}</option>
              </select>
            </div>
          </div>
          <label className="inline">
            <input
              type="checkbox"
              checked={stopOnFailure}
              onChange={(event) => setStopOnFailure(event.target.checked)}
            />{' '}
            {t('runs.stopOnFailure')}
          </label>
          <p>
            <button type="button" className="secondary" onClick={() => void check()} disabled={running}>
              {t('runs.check')}
            </button>
          </p>
          {plan ? (
            <div className="run-plan" role="status">
              <p>
                {plan.rows.length > plan.valid
                  ? t('runs.planSummaryInvalid', {
                      valid: plan.valid,
                      total: plan.rows.length,
                      profile: plan.profileName,
                      invalid: plan.rows.length - plan.valid,
                    })
                  : t('runs.planSummary', {
                      valid: plan.valid,
                      total: plan.rows.length,
                      profile: plan.profileName,
                    })}
              </p>
              <ul className="plan-rows">
                {plan.rows
                  .filter((row) => row.error)
                  .map((row) => (
                    <li key={row.index} className="field-error">
                      {t('runs.rowError', { row: row.index, value: row.value, error: row.error ?? '' })}
                    </li>
                  ))}
              </ul>
              {plan.live ? (
                <div className="field">
                  <label htmlFor="run-confirm">{t('runs.confirmLive', { count: plan.valid })}</label>
                  <input
                    id="run-confirm"
                    inputMode="numeric"
                    value={confirmText}
                    onChange={(event) => setConfirmText(event.target.value)}
                  />
                </div>
              ) : (
                <p className="field-hint">{t('runs.simulatorAnswers')}</p>
              )}
              <button
                type="button"
                className={plan.live ? 'live' : undefined}
                onClick={() => void start()}
                disabled={running || plan.valid === 0}
              >
                {t('runs.start')}
              </button>
            </div>
          ) : null}
          {message ? (
            <p className="problem" role="alert">
              {t.words(message)}
            </p>
          ) : null}
        </form>
        <TemplateList state={state} onTemplates={setTemplates} />
      </div>
      {view ? (
        // Keyed by the run: what an export of an earlier run said is not left beside a new one.
        <RunProgress key={view.id} view={view} mask={mask} onMask={setMask} onControl={control} />
      ) : null}
      {view ? <RunCompare view={view} mask={mask} settling={settling} /> : null}
    </section>
  );
}
