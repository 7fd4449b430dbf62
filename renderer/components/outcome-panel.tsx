import type { CallbackResult } from '../../electron/contract/desk-types';
import { outcomeWords } from '../outcome-words';
import { formatRequest } from '../../electron/ringostat/redact';

/** What happened and what to do next; announced to screen readers as it changes. */
export function OutcomePanel({ result, sending }: { result: CallbackResult | null; sending: boolean }) {
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
          <details>
            <summary>Raw answer</summary>
            <pre className="raw">
              {result.answer
                ? `HTTP ${result.answer.status} ${result.answer.contentType ?? ''}\n\n${result.answer.body}${result.answer.truncated ? '\n…(cut)' : ''}`
                : 'No answer came.'}
            </pre>
          </details>
          <details>
            <summary>Request as sent</summary>
            <pre className="raw">{formatRequest(result.request, { indentJson: true })}</pre>
          </details>
        </>
      ) : null}
    </section>
  );
}
