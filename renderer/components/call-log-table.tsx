import type { ReactNode } from 'react';
import type { CallLogLine } from '../../electron/contract/call-log-types';
import type { CallLogRow } from '../../electron/contract/read-types';
import type { Translator } from '../../electron/contract/i18n/translate';
import { useT } from '../i18n';

/** The columns Ringostat's call log shows, by its own field names. */
const columns = [
  'call_type',
  'disposition',
  'caller',
  'dst',
  'connected_with',
  'employee_fio',
  'waittime',
  'billsec',
] as const;
const utmFields = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];

interface CallLogTableProps {
  lines: CallLogLine[];
  selected: string | null;
  onSelect: (key: string) => void;
  /** Writes a row's moment as the person reads it. */
  formatTime: (at: number) => ReactNode;
}

/** The calls in the window, newest first; a row is chosen by its time, a button, or a click anywhere on it. */
export function CallLogTable({ lines, selected, onSelect, formatTime }: CallLogTableProps) {
  const t = useT();
  return (
    <div className="call-log-table-scroll">
      <table className="call-log-table">
        <caption className="visually-hidden">{t('callLogScreen.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('callLogScreen.when')}</th>
            <th scope="col">{t('callLogScreen.state')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`callLogRow.${column}`)}
              </th>
            ))}
            <th scope="col">{t('callLogScreen.utm')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr
              key={line.key}
              data-state={line.state}
              aria-selected={line.key === selected}
              className={line.key === selected ? 'chosen' : undefined}
              onClick={() => onSelect(line.key)}
            >
              <td>
                <button type="button" className="link" onClick={() => onSelect(line.key)}>
                  {line.at === null ? cell(line.row, 'calldate') : formatTime(line.at)}
                </button>
              </td>
              <td>
                <span className={`call-log-badge call-log-${line.state}`}>
                  {t(`callLogScreen.${line.state}`)}
                </span>
                {line.historyId ? (
                  <span className="call-log-placed">{t('callLogScreen.inHistory')}</span>
                ) : null}
              </td>
              {columns.map((column) => (
                <td
                  key={column}
                  className={column === 'waittime' || column === 'billsec' ? 'number' : undefined}
                >
                  {cell(line.row, column)}
                </td>
              ))}
              <td className="utm">{utmOf(line.row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function cell(row: CallLogRow, column: string): string {
  const value = row[column];
  return value === null || value === undefined ? '' : String(value);
}

/** The traffic-source labels an inbound call carries, by Ringostat's own names. */
function utmOf(row: CallLogRow): string {
  return utmFields
    .filter((field) => cell(row, field) !== '')
    .map((field) => `${field}=${cell(row, field)}`)
    .join(' · ');
}

/** A `call_type` as Ringostat writes it, with what it means where the app knows. */
export function directionLabel(value: string, t: Translator): string {
  return value === 'in' || value === 'out' || value === 'callback' ? t(`callLogScreen.type.${value}`) : value;
}
