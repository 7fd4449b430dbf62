import { useEffect, useState } from 'react';
import type { CallLogState } from '../../electron/contract/desk-types';
import { desk } from '../desk';

const statusWords: Record<CallLogState['status'], string> = {
  searching: 'Looking for the call…',
  provisional: 'Found: provisional, the call may still be in progress',
  final: 'Final',
  'not-found': 'Not found',
  failed: 'Could not read the call log',
};

const rowFields: [string, string][] = [
  ['calldate', 'When'],
  ['call_type', 'Call type'],
  ['disposition', 'Status'],
  ['duration', 'Duration, s'],
  ['billsec', 'Talk, s'],
  ['waittime', 'Waiting, s'],
  ['caller', 'Who called'],
  ['dst', 'Where they called'],
  ['connected_with', 'Connected with'],
  ['employee_fio', 'Employee'],
  ['scheme_name', 'Forwarding scheme'],
  ['utm_source', 'utm_source'],
  ['utm_medium', 'utm_medium'],
  ['utm_campaign', 'utm_campaign'],
  ['utm_term', 'utm_term'],
  ['utm_content', 'utm_content'],
];

/**
 * Follows an attempt's row in the call log: asks the main process, which does
 * the checking, until the row is final or the search ends.
 */
export function CallLogStatus({ historyId, onSettled }: { historyId: string; onSettled?: () => void }) {
  const [state, setState] = useState<CallLogState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const result = await desk().watchCallLog({ historyId });
      if (!current) return;
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setState(result.value);
      if (result.value.status === 'searching' || result.value.status === 'provisional')
        timer = setTimeout(() => void ask(), 1_000);
      else onSettled?.();
    };
    void ask();
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
    };
  }, [historyId, onSettled]);

  if (problem) return <p className="problem">{problem}</p>;
  if (!state) return <p className="waiting">Looking for the call…</p>;
  const row = state.row;
  const card =
    typeof row?.call_card === 'string' && row.call_card.startsWith('https://') ? row.call_card : null;
  return (
    <div className="call-log-status" data-status={state.status}>
      <p className={`call-log-badge call-log-${state.status}`} role="status">
        {statusWords[state.status]}
        {state.candidates > 1 ? ` (${state.candidates} rows matched; the closest to the send is shown)` : ''}
      </p>
      {row ? (
        <dl className="facts-list">
          {rowFields
            .filter(([field]) => row[field] !== undefined && row[field] !== null && row[field] !== '')
            .map(([field, label]) => (
              <div key={field} className="fact">
                <dt>{label}</dt>
                <dd>{String(row[field])}</dd>
              </div>
            ))}
        </dl>
      ) : null}
      {card ? (
        <p>
          <a href={card} target="_blank" rel="noreferrer">
            Open the call card in Ringostat
          </a>
        </p>
      ) : null}
      <p className="field-hint">{state.message}</p>
    </div>
  );
}
