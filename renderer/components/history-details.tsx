import { useEffect, useState } from 'react';
import type { DeskState, HistoryEntry, SentCallback } from '../../electron/contract/desk-types';
import type { CallbackFormInput } from '../../electron/contract/schemas';
import type { HistoryTag } from '../../electron/history/history-types';
import { toCurl } from '../../electron/ringostat/curl';
import { formatRequest } from '../../electron/ringostat/redact';
import { desk } from '../desk';
import { outcomeWords } from '../outcome-words';
import { CallLogStatus } from './call-log-status';
import { RawText } from './raw-text';

interface HistoryDetailsProps {
  id: string;
  state: DeskState;
  onChanged: () => void;
  onClone: (form: CallbackFormInput) => void;
  onState: (state: DeskState) => void;
}

/** One attempt in full: the request as sent, the answer, and what can be done with it. */
export function HistoryDetails({ id, state, onChanged, onClone, onState }: HistoryDetailsProps) {
  const [entry, setEntry] = useState<HistoryEntry | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'send' | 'delete' | null>(null);
  const [resent, setResent] = useState<SentCallback | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [tag, setTag] = useState<HistoryTag | ''>('');
  const [note, setNote] = useState('');
  const [watching, setWatching] = useState(false);

  useEffect(() => {
    // The parent mounts a fresh details panel for each entry, so only the loading happens here.
    let current = true;
    void desk()
      .getHistoryEntry({ id })
      .then((result) => {
        if (!current) return;
        if (result.ok) {
          setEntry(result.value);
          setTag(result.value.tag ?? '');
          setNote(result.value.note);
          setMissing(null);
        } else setMissing(result.error.message);
      });
    return () => {
      current = false;
    };
  }, [id]);

  if (missing) return <p className="problem">{missing}</p>;
  if (!entry) return <p className="waiting">Loading…</p>;
  const profile = state.profiles.find((item) => item.id === entry.profileId);
  // With masking on, the numbers here are not the real ones: cloning or resending them would be wrong.
  const masked = entry.caller.includes('•') || entry.callee.includes('•');
  const isActive = entry.profileId === state.activeId;

  const sendAgain = async () => {
    setConfirming(null);
    const result = await desk().sendCallback({ form: entry.form, confirmDuplicate: true });
    if (result.ok) {
      setResent(result.value);
      onChanged();
    } else setMessage(result.error.message);
  };
  const remove = async () => {
    const result = await desk().deleteHistoryEntry({ id });
    if (result.ok) onChanged();
    else setMessage(result.error.message);
  };
  const saveTag = async () => {
    const result = await desk().tagHistoryEntry({ id, tag: tag === '' ? null : tag, note });
    if (result.ok) {
      setEntry(result.value);
      setMessage('Saved.');
      onChanged();
    } else setMessage(result.error.message);
  };
  const copyCurl = async () => {
    try {
      await navigator.clipboard.writeText(toCurl(entry.request));
      setMessage('Copied: the key reads from $RINGOSTAT_AUTH_KEY.');
    } catch {
      setMessage('Copying failed.');
    }
  };

  return (
    <section className="panel history-details" aria-label="Attempt details">
      <div className={`outcome outcome-${entry.outcome}`} data-outcome={entry.outcome}>
        <p className="outcome-word">{outcomeWords[entry.outcome]}</p>
        {entry.end ? <p>{entry.end.message}</p> : null}
        {entry.end ? <p className="outcome-next">{entry.end.explanation}</p> : null}
        <p className="facts">
          {new Date(entry.at).toLocaleString()} · {entry.profileName} (
          {entry.target === 'simulator' ? 'sandbox' : 'live'}) ·{' '}
          {entry.end?.httpStatus === null || !entry.end ? 'no HTTP status' : `HTTP ${entry.end.httpStatus}`}
          {entry.end?.latencyMs === null || !entry.end ? '' : ` · ${entry.end.latencyMs} ms`}
        </p>
      </div>
      <div className="history-actions">
        <button type="button" onClick={() => onClone(entry.form)} disabled={masked}>
          Clone into the form
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming('send')} disabled={masked}>
          Send again…
        </button>
        <button type="button" className="secondary" onClick={() => void copyCurl()}>
          Copy as cURL
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming('delete')}>
          Delete…
        </button>
      </div>
      {masked ? (
        <p className="field-hint">Numbers are masked: turn masking off to clone or send this again.</p>
      ) : null}
      {confirming === 'send' ? (
        <div className="confirm" role="alertdialog" aria-label="Send this callback again?">
          {!profile ? (
            <p>Its profile “{entry.profileName}” no longer exists, so it cannot be sent again.</p>
          ) : !isActive ? (
            <>
              <p>
                This attempt was made with the profile “{entry.profileName}”. Switch to it to send it again.
              </p>
              <button
                type="button"
                onClick={() =>
                  void desk()
                    .activateProfile({ id: entry.profileId })
                    .then((result) => result.ok && onState(result.value))
                }
              >
                Switch to “{entry.profileName}”
              </button>
            </>
          ) : (
            <>
              <p>
                Last time, at {new Date(entry.at).toLocaleString()}, this callback was{' '}
                <strong>{outcomeWords[entry.outcome].toLowerCase()}</strong>
                {entry.end?.httpStatus ? ` (HTTP ${entry.end.httpStatus})` : ''}.{' '}
                {profile.target === 'ringostat'
                  ? 'Sending it again rings real phones.'
                  : 'It goes to the simulator.'}
              </p>
              <button type="button" onClick={() => void sendAgain()}>
                Send again
              </button>
            </>
          )}{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {confirming === 'delete' ? (
        <div className="confirm" role="alertdialog" aria-label="Delete this attempt?">
          <p>Delete this attempt from the history? It cannot be undone.</p>
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            Keep
          </button>
        </div>
      ) : null}
      {resent ? (
        <p role="status" className={`check outcome-text-${resent.outcome}`}>
          Sent again: {outcomeWords[resent.outcome].toLowerCase()}. {resent.message}
        </p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      <div className="tag-row">
        <div className="field">
          <label htmlFor="history-tag">Tag</label>
          <select
            id="history-tag"
            value={tag}
            onChange={(event) => setTag(event.target.value as HistoryTag | '')}
          >
            <option value="">None</option>
            <option value="support">Support</option>
            <option value="qa">QA</option>
            <option value="training">Training</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-note">Note</label>
          <input
            id="history-note"
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="button" className="secondary" onClick={() => void saveTag()}>
          Save tag and note
        </button>
      </div>
      <section className="call-log" aria-label="Call log">
        <h3>In the call log</h3>
        {entry.callLog || watching ? (
          <CallLogStatus historyId={entry.id} />
        ) : (
          <button type="button" className="secondary" onClick={() => setWatching(true)}>
            {entry.outcome === 'unknown' ? 'Check the call log: did it ring?' : 'Look for it in the call log'}
          </button>
        )}
      </section>
      <h3>Request as sent</h3>
      <RawText label="Request as sent">{formatRequest(entry.request, { indentJson: true })}</RawText>
      <h3>Answer</h3>
      <RawText label="Answer">
        {entry.end?.answer
          ? `HTTP ${entry.end.answer.status} ${entry.end.answer.contentType ?? ''}\n\n${entry.end.answer.body}${entry.end.answer.truncated ? '\n…(cut at 64 KB)' : ''}`
          : 'No answer came.'}
      </RawText>
      <p className="facts">
        Started {entry.at}
        {entry.end ? `, ended ${entry.end.endedAt}` : ''}.
      </p>
    </section>
  );
}
