import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeskState } from '../../electron/contract/desk-types';
import type { CallbackFormInput } from '../../electron/contract/schemas';
import type { HistoryFilter, HistoryOutcome } from '../../electron/history/history-types';
import { desk } from '../desk';
import { HistoryDetails } from './history-details';
import { HistoryList } from './history-list';
import { RetentionSettings } from './retention-settings';

interface HistoryScreenProps {
  state: DeskState;
  /** Each new value puts the cursor in the search field (the menu's "search the history"). */
  focusSearch?: number;
  version: number;
  onChanged: () => void;
  onClone: (form: CallbackFormInput) => void;
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
  const [status, setStatus] = useState({ total: 0, indexing: false, corruptLines: 0 });
  const [mask, setMask] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);

  // Search waits for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 200);
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
    const result = await desk().exportHistory({ filter, format, maskNumbers: mask });
    if (!result.ok) setMessage(result.error.message);
    else if (result.value) setMessage(`Exported ${result.value.count} attempt(s) to ${result.value.path}.`);
  };
  const clear = async () => {
    setConfirmClear(false);
    const result = await desk().clearHistory();
    setMessage(result.ok ? 'The history was cleared.' : result.error.message);
    setSelected(null);
    onChanged();
  };

  return (
    <section className="history-screen" aria-label="History">
      <form
        className="history-filters"
        aria-label="Filter the history"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field search">
          <label htmlFor="history-search">Search: number, SIP login, scheme id or UTM value</label>
          <input
            id="history-search"
            ref={search}
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="history-outcome">Outcome</label>
          <select
            id="history-outcome"
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as HistoryOutcome | '')}
          >
            <option value="">All</option>
            <option value="accepted">Accepted</option>
            <option value="rejected">Rejected</option>
            <option value="unknown">Unknown</option>
            <option value="not-sent">Not sent</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-method">Method</label>
          <select
            id="history-method"
            value={method}
            onChange={(event) => setMethod(event.target.value as 'simple' | 'extended' | '')}
          >
            <option value="">All</option>
            <option value="extended">Extended</option>
            <option value="simple">Simple</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-profile">Profile</label>
          <select
            id="history-profile"
            value={profileId}
            onChange={(event) => setProfileId(event.target.value)}
          >
            <option value="">All</option>
            {state.profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-from">From</label>
          <input
            id="history-from"
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="history-to">To</label>
          <input id="history-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
      </form>
      <div className="history-toolbar">
        <span role="status">
          {status.total} attempt(s){status.indexing ? ' · reading the rest of the history…' : ''}
          {status.corruptLines > 0 ? ` · ${status.corruptLines} unreadable line(s) skipped` : ''}
        </span>
        <label className="inline">
          <input type="checkbox" checked={mask} onChange={(event) => setMask(event.target.checked)} /> Mask
          numbers to the last four digits
        </label>
        <button type="button" className="secondary" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" className="secondary" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        {confirmClear ? (
          <span role="alertdialog" aria-label="Clear the history?">
            Delete every attempt?{' '}
            <button type="button" className="danger" onClick={() => void clear()}>
              Clear history
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirmClear(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirmClear(true)}>
            Clear history…
          </button>
        )}
      </div>
      {message ? <p role="status">{message}</p> : null}
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
          <p className="waiting">Choose an attempt to see the request as sent and the answer.</p>
        )}
      </div>
    </section>
  );
}
