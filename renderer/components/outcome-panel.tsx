import { useState } from 'react';
import type { SentCallback } from '../../electron/contract/desk-types';
import { CallLogStatus } from './call-log-status';
import { NotifySettledToggle } from './notify-settled';
import { RawText } from './raw-text';
import { useT } from '../i18n';
import { formatRequest } from '../../electron/shared/redact';

/** What happened and what to do next; announced to screen readers as it changes. */
export function OutcomePanel({ result, sending }: { result: SentCallback | null; sending: boolean }) {
  // Which attempt the person asked to check in the call log, for an unknown outcome.
  const [checking, setChecking] = useState<string | null>(null);
  const t = useT();
  return (
    <section className="panel outcome-panel" aria-label={t('panel.outcome')}>
      <h2>{t('panel.outcome')}</h2>
      <div role="status" aria-live="polite">
        {sending ? (
          <p className="waiting">{t('panel.sending')}</p>
        ) : result ? (
          <div className={`outcome outcome-${result.outcome}`} data-outcome={result.outcome}>
            <p className="outcome-word">{t(`outcomeWord.${result.outcome}`)}</p>
            <p>{t.words(result.message)}</p>
            <p className="outcome-next">{t.words(result.explanation)}</p>
            <p className="facts">
              {result.httpStatus === null
                ? t('details.noStatus')
                : t('details.httpStatus', { status: result.httpStatus })}
              {result.latencyMs === null ? '' : t('details.latency', { ms: result.latencyMs })}
            </p>
          </div>
        ) : (
          <p className="waiting">{t('panel.nothingYet')}</p>
        )}
      </div>
      {result && !sending ? (
        <>
          {result.historyWarning ? <p className="notice">{t.words(result.historyWarning)}</p> : null}
          {result.outcome === 'accepted' || checking === result.historyId ? (
            <section className="call-log" aria-label={t('callLog.label')}>
              <h3>{t('callLog.heading')}</h3>
              <CallLogStatus historyId={result.historyId} />
              <NotifySettledToggle />
            </section>
          ) : result.outcome === 'unknown' ? (
            <button type="button" onClick={() => setChecking(result.historyId)}>
              {t('callLog.checkUnknown')}
            </button>
          ) : null}
          <details>
            <summary>{t('raw.rawAnswer')}</summary>
            <RawText label={t('raw.rawAnswer')}>
              {result.answer
                ? `HTTP ${result.answer.status} ${result.answer.contentType ?? ''}\n\n${result.answer.body}${result.answer.truncated ? `\n${t('raw.cut')}` : ''}`
                : t('raw.noAnswer')}
            </RawText>
          </details>
          <details>
            <summary>{t('raw.requestAsSent')}</summary>
            <RawText label={t('raw.requestAsSent')}>
              {formatRequest(result.request, { indentJson: true })}
            </RawText>
          </details>
        </>
      ) : null}
    </section>
  );
}
