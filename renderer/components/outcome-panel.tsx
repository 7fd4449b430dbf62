import { useState } from 'react';
import type { SentCallback } from '../../electron/contract/desk-types';
import { CallLogStatus } from './call-log-status';
import { RawText } from './raw-text';
import { outcomeWords } from '../outcome-words';
import { formatRequest } from '../../electron/ringostat/redact';

/** What happened and what to do next; announced to screen readers as it changes. */
export function OutcomePanel({ result, sending }: { result: SentCallback | null; sending: boolean }) {
  // Which attempt the person asked to check in the call log, for an unknown outcome.
  const [checking, setChecking] = useState<string | null>(null);
  return (
    <section className="panel outcome-panel" aria-label="Outcome">
      <h2>Outcome</h2>
      <div role="status" aria-live="polite">
        {sending ? (
          <p className="waiting">Sending… waiting for Ringostat’s answer.</p>
        ) : result ? (
          <div className={`outcome outcome-${result.outcome}`} data-outcome={result.outcome}>
            <p className="outcome-word">{outcomeWords[result.outcome]}</p>
            <p>{result.message}</p>
            <p className="outcome-next">{result.explanation}</p>
            <p className="facts">
              {result.httpStatus === null ? 'No HTTP status' : `HTTP ${result.httpStatus}`}
              {result.latencyMs === null ? '' : ` · ${result.latencyMs} ms`}
            </p>
          </div>
        ) : (
          <p className="waiting">Nothing sent yet.</p>
        )}
      </div>
      {result && !sending ? (
        <>
          {result.historyWarning ? <p className="notice">{result.historyWarning}</p> : null}
          {result.outcome === 'accepted' || checking === result.historyId ? (
            <section className="call-log" aria-label="Call log">
              <h3>In the call log</h3>
              <CallLogStatus historyId={result.historyId} />
            </section>
          ) : result.outcome === 'unknown' ? (
            <button type="button" onClick={() => setChecking(result.historyId)}>
              Check the call log: did it ring?
            </button>
          ) : null}
          <details>
            <summary>Raw answer</summary>
            <RawText label="Raw answer">
              {result.answer
                ? `HTTP ${result.answer.status} ${result.answer.contentType ?? ''}\n\n${result.answer.body}${result.answer.truncated ? '\n…(cut)' : ''}`
                : 'No answer came.'}
            </RawText>
          </details>
          <details>
            <summary>Request as sent</summary>
            <RawText label="Request as sent">{formatRequest(result.request, { indentJson: true })}</RawText>
          </details>
        </>
      ) : null}
    </section>
  );
}
