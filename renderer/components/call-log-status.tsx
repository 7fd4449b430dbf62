import { useEffect, useState } from 'react';
import type { CallLogState } from '../../electron/contract/desk-types';
import type { Words } from '../../electron/contract/i18n/text';
import type { Translator } from '../../electron/contract/i18n/translate';
import { desk } from '../desk';
import { useT } from '../i18n';
import { Moment } from '../moment';

const namedFields = [
  'calldate',
  'call_type',
  'disposition',
  'duration',
  'billsec',
  'waittime',
  'caller',
  'dst',
  'connected_with',
  'employee_fio',
  'scheme_name',
] as const;
// UTM fields keep Ringostat's own names, as its call log shows them.
const utmFields = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];

function rowFields(t: Translator): [string, string][] {
  return [
    ...namedFields.map((field): [string, string] => [field, t(`callLogRow.${field}`)]),
    ...utmFields.map((field): [string, string] => [field, field]),
  ];
}

/**
 * Follows an attempt's row in the call log: asks the main process, which does
 * the checking, until the row is final or the search ends.
 */
export function CallLogStatus({ historyId, onSettled }: { historyId: string; onSettled?: () => void }) {
  const [state, setState] = useState<CallLogState | null>(null);
  const t = useT();
  const [problem, setProblem] = useState<Words | null>(null);

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

  if (problem) return <p className="problem">{t.words(problem)}</p>;
  if (!state) return <p className="waiting">{t('callLogStatus.searching')}</p>;
  const row = state.row;
  const card =
    typeof row?.call_card === 'string' && row.call_card.startsWith('https://') ? row.call_card : null;
  return (
    <div className="call-log-status" data-status={state.status}>
      <p className={`call-log-badge call-log-${state.status}`} role="status">
        {t(`callLogStatus.${state.status}`)}
        {state.candidates > 1 ? t('callLogStatus.candidates', { count: state.candidates }) : ''}
      </p>
      {row ? (
        <dl className="facts-list">
          {rowFields(t)
            .filter(([field]) => row[field] !== undefined && row[field] !== null && row[field] !== '')
            .map(([field, label]) => (
              <div key={field} className="fact">
                <dt>{label}</dt>
                <dd>
                  {field === 'calldate' && state.rowAt !== null ? (
                    // The person's clock, and the project's where it reads otherwise: not the log's own text.
                    <Moment at={state.rowAt} style="medium" projectZone={state.timeZone} />
                  ) : (
                    String(row[field])
                  )}
                </dd>
              </div>
            ))}
        </dl>
      ) : null}
      {card ? (
        <p>
          <a href={card} target="_blank" rel="noreferrer">
            {t('callLogStatus.openCard')}
          </a>
        </p>
      ) : null}
      <p className="field-hint">{t.words(state.message)}</p>
    </div>
  );
}
