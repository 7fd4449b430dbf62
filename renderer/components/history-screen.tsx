import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeskState } from '../../electron/contract/desk-types';
import type { ClonedForm } from '../form-draft';
import type { HistoryFilter, HistoryOutcome } from '../../electron/contract/history-types';
import type { Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';
import { HistoryDetails } from './history-details';
import { HistoryList, type HistoryStatus } from './history-list';
import { RetentionSettings } from './retention-settings';
import { ExportNoteView, exportNoteOf, type ExportNote } from './saved-file';

/** How long typing must pause before the history is searched. */
const searchPauseMs = 30;

interface HistoryScreenProps {
  state: DeskState;
  /** Each new value puts the cursor in the search field (the menu's "search the history"). */
  focusSearch?: number;
  version: number;
  onChanged: () => void;
  onClone: (cloned: ClonedForm) => void;
  onState: (state: DeskState) => void;
}

/** The request history: filter, search, read one attempt, export what is shown. */
export function HistoryScreen({
  state,
  version,
  onChanged,
  onClone,
  onState,
  focusSearch = 0,
}: HistoryScreenProps) {
  const t = useT();
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusSearch > 0) search.current?.focus();
  }, [focusSearch]);
  const [outcome, setOutcome] = useState<HistoryOutcome | ''>('');
  const [method, setMethod] = useState<'simple' | 'extended' | ''>('');
  const [profileId, setProfileId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState<HistoryStatus>({
    total: 0,
    indexing: false,
    corruptLines: 0,
    unavailable: null,
  });
  const [mask, setMask] = useState(false);
  const [message, setMessage] = useState<Words | null>(null);
  const [exportNote, setExportNote] = useState<ExportNote | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);

  // Search waits for a short pause in typing, so a burst of keys asks once; a search takes milliseconds
  // and one asked again stops the one still running, so the pause can be shorter than a keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), searchPauseMs);
    return () => clearTimeout(timer);
  }, [typed]);

  const filter = useMemo<HistoryFilter>(() => {
    const value: HistoryFilter = {};
    if (outcome) value.outcome = outcome;
    if (method) value.method = method;
    if (profileId) value.profileId = profileId;
    // Dates are the person's own days: from the start of the first to the end of the last.
    if (from) value.from = new Date(`${from}T00:00:00`).toISOString();
    if (to) value.to = new Date(`${to}T23:59:59.999`).toISOString();
    if (query) value.query = query;
    return value;
  }, [outcome, method, profileId, from, to, query]);

  const onStatus = useCallback((next: typeof status) => setStatus(next), []);
  const exportAs = async (format: 'csv' | 'json') => {
    const note = exportNoteOf(
      await desk().exportHistory({ filter, format, maskNumbers: mask }),
      'history.exported',
    );
    if (!note) return;
    setExportNote(note);
    setMessage(null);
  };
  const clear = async () => {
    setConfirmClear(false);
    setExportNote(null);
    const result = await desk().clearHistory();
    setMessage(result.ok ? t('history.cleared') : result.error.message);
    setSelected(null);
    onChanged();
  };

  return (
    <section className="history-screen" aria-label={t('history.label')}>
      <form
        className="history-filters"
        aria-label={t('history.filterLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field search">
          <label htmlFor="history-search">{t('history.search')}</label>
          <input
            id="history-search"
            ref={search}
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="history-outcome">{t('history.outcome')}</label>
          <select
            id="history-outcome"
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as HistoryOutcome | '')}
          >
            <option value="">{t('history.all')}</option>
            {(['accepted', 'rejected', 'unknown', 'not-sent'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`outcomeWord.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-method">{t('history.method')}</label>
          <select
            id="history-method"
            value={method}
            onChange={(event) => setMethod(event.target.value as 'simple' | 'extended' | '')}
          >
            <option value="">{t('history.all')}</option>
            <option value="extended">{t('method.extended')}</option>
            <option value="simple">{t('method.simple')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-profile">{t('history.profile')}</label>
          <select
            id="history-profile"
            value={profileId}
            onChange={(event) => setProfileId(event.target.value)}
          >
            <option value="">{t('history.all')}</option>
            {state.profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-from">{t('history.from')}</label>
          <input
            id="history-from"
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="history-to">{t('history.to')}</label>
          <input id="history-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
      </form>
      <div className="history-toolbar">
        <span role="status">
          {t('history.count', { count: status.total })}
          {status.indexing ? t('history.indexing') : ''}
          {status.corruptLines > 0 ? t('history.corrupt', { count: status.corruptLines }) : ''}
        </span>
        <label className="inline">
          <input type="checkbox" checked={mask} onChange={(event) => setMask(event.target.checked)} />{' '}
          {t('history.mask')}
        </label>
        <button type="button" className="secondary" onClick={() => void exportAs('csv')}>
          {t('history.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void exportAs('json')}>
          {t('history.exportJson')}
        </button>
        {confirmClear ? (
          <span role="alertdialog" aria-label={t('history.clearTitle')}>
            {t('history.clearQuestion')}{' '}
            <button type="button" className="danger" onClick={() => void clear()}>
              {t('history.clear')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirmClear(false)}>
              {t('details.keep')}
            </button>
          </span>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirmClear(true)}>
            {t('history.clearOpen')}
          </button>
        )}
      </div>
      {status.unavailable ? (
        <p className="notice" role="alert">
          {t('history.unavailable', { reason: status.unavailable })}
        </p>
      ) : null}
      <ExportNoteView note={exportNote} />
      {message ? <p role="status">{t.words(message)}</p> : null}
      <RetentionSettings onSaved={onChanged} />
      <div className="history-body">
        <HistoryList
          key={`${version}:${JSON.stringify(filter)}`}
          filter={filter}
          selectedId={selected}
          onSelect={setSelected}
          onStatus={onStatus}
        />
        {selected ? (
          <HistoryDetails
            key={selected}
            id={selected}
            state={state}
            onChanged={onChanged}
            onClone={onClone}
            onState={onState}
          />
        ) : (
          <p className="waiting">{t('history.choose')}</p>
        )}
      </div>
    </section>
  );
}
