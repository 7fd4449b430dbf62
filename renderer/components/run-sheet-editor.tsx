import { useMemo, useState } from 'react';
import { editRunSheet, type SheetCells } from '../../electron/shared/run-sheet-edit';
import {
  expectedOutcomes,
  parseRunSheet,
  readCallEnding,
  type ExpectedOutcome,
  type RowExpectation,
} from '../../electron/shared/run-sheet';
import { useT } from '../i18n';

/** A long run is edited as text: a table of thousands of rows would only slow the screen. */
const shownRows = 200;

/** Endings Ringostat writes, offered as the call-log column is typed. */
const knownEndings = ['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED'];

function expectationOf(outcome: ExpectedOutcome | null, call: string | null): RowExpectation | null {
  return outcome || call ? { outcome, call } : null;
}

interface RunSheetEditorProps {
  values: string;
  onValues: (values: string) => void;
  disabled: boolean;
}

/**
 * The run's rows as a table: each value with the outcome and call-log
 * ending it expects, edited in place. Every edit rewrites the values text
 * (adding the header of columns when an expectation first needs it), so the
 * text, a CSV file and the table always say the same.
 */
export function RunSheetEditor({ values, onValues, disabled }: RunSheetEditorProps) {
  const t = useT();
  const sheet = useMemo(() => parseRunSheet(values), [values]);
  const [draft, setDraft] = useState({ value: '', outcome: '', call: '' });
  const [callProblem, setCallProblem] = useState<string | null>(null);
  if (!sheet.ok)
    return (
      <p className="field-error" id="run-values-problem" role="alert">
        {t.words(sheet.error)}
      </p>
    );
  const { rows } = sheet.value;
  const edit = (position: number | null, cells: SheetCells | null) =>
    onValues(editRunSheet(values, sheet.value, position, cells));
  /** A call-log ending is checked as typed, and only a readable one reaches the text. */
  const ending = (written: string, where: string): string | null | undefined => {
    const read = readCallEnding(written);
    setCallProblem(read === undefined ? where : null);
    return read;
  };
  const outcomeOptions = (
    <>
      <option value="">{t('runExpect.notChecked')}</option>
      {expectedOutcomes.map((outcome) => (
        <option key={outcome} value={outcome}>
          {t(`outcomeWord.${outcome}`)}
        </option>
      ))}
    </>
  );
  const add = () => {
    const value = draft.value.trim();
    const call = ending(draft.call, 'new');
    if (value === '' || call === undefined) return;
    edit(null, { value, expect: expectationOf((draft.outcome || null) as ExpectedOutcome | null, call) });
    setDraft({ value: '', outcome: '', call: '' });
  };
  return (
    <div className="run-sheet">
      <datalist id="run-call-endings">
        {knownEndings.map((known) => (
          <option key={known} value={known} />
        ))}
      </datalist>
      {rows.length > 0 ? (
        <table className="run-sheet-rows" aria-label={t('runExpect.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('run.col.row')}</th>
              <th scope="col">{t('run.col.value')}</th>
              <th scope="col">{t('runExpect.col.expect')}</th>
              <th scope="col">{t('runExpect.col.expectCall')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('runExpect.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shownRows).map((row, position) => {
              const number = position + 1;
              return (
                <tr key={`${row.line}:${row.value}:${row.expect?.call ?? ''}`}>
                  <td>{number}</td>
                  <td>
                    <input
                      aria-label={t('runExpect.valueOf', { row: number })}
                      defaultValue={row.value}
                      disabled={disabled}
                      onBlur={(event) => {
                        const value = event.target.value.trim();
                        // An emptied value is put back: Remove takes a row away.
                        if (value === '' || value === row.value) event.target.value = row.value;
                        else edit(position, { value, expect: row.expect });
                      }}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('runExpect.expectOf', { row: number })}
                      value={row.expect?.outcome ?? ''}
                      disabled={disabled}
                      onChange={(event) =>
                        edit(position, {
                          value: row.value,
                          expect: expectationOf(
                            (event.target.value || null) as ExpectedOutcome | null,
                            row.expect?.call ?? null,
                          ),
                        })
                      }
                    >
                      {outcomeOptions}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={t('runExpect.callOf', { row: number })}
                      list="run-call-endings"
                      defaultValue={row.expect?.call ?? ''}
                      disabled={disabled}
                      aria-invalid={callProblem === String(row.line) || undefined}
                      onBlur={(event) => {
                        const call = ending(event.target.value, String(row.line));
                        if (call === undefined || call === (row.expect?.call ?? null)) return;
                        edit(position, {
                          value: row.value,
                          expect: expectationOf(row.expect?.outcome ?? null, call),
                        });
                      }}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('runExpect.removeRow', { row: number })}
                      disabled={disabled}
                      onClick={() => edit(position, null)}
                    >
                      {t('runExpect.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {rows.length > shownRows ? (
        <p className="field-hint">{t('runExpect.moreRows', { shown: shownRows, total: rows.length })}</p>
      ) : null}
      <div className="run-sheet-add">
        <input
          aria-label={t('runExpect.newValue')}
          value={draft.value}
          disabled={disabled}
          onChange={(event) => setDraft({ ...draft, value: event.target.value })}
        />
        <select
          aria-label={t('runExpect.newExpect')}
          value={draft.outcome}
          disabled={disabled}
          onChange={(event) => setDraft({ ...draft, outcome: event.target.value })}
        >
          {outcomeOptions}
        </select>
        <input
          aria-label={t('runExpect.newCall')}
          list="run-call-endings"
          value={draft.call}
          disabled={disabled}
          aria-invalid={callProblem === 'new' || undefined}
          onChange={(event) => setDraft({ ...draft, call: event.target.value })}
        />
        <button
          type="button"
          className="secondary"
          disabled={disabled || draft.value.trim() === ''}
          onClick={add}
        >
          {t('runExpect.addRow')}
        </button>
      </div>
      {callProblem !== null ? (
        <p className="field-error" role="alert">
          {t('runExpect.callHint')}
        </p>
      ) : null}
    </div>
  );
}
