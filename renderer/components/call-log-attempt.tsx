import { useEffect, useState } from 'react';
import type { CallLogAttempt } from '../../electron/contract/call-log-types';
import type { Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { formatMoment } from '../../electron/contract/i18n/moments';
import { useT } from '../i18n';
import { RawText } from './raw-text';

/**
 * The history attempt that placed a call-log row: when, from which profile,
 * its outcome, and the request exactly as sent (key redacted, numbers masked
 * when masking is on). Main finds and formats it; nothing here can send.
 */
export function CallLogAttemptPanel({ historyId, timeZone }: { historyId: string | null; timeZone: string }) {
  const t = useT();
  const [attempt, setAttempt] = useState<CallLogAttempt | null>(null);
  const [problem, setProblem] = useState<Words | null>(null);
  useEffect(() => {
    if (historyId === null) return;
    let current = true;
    void desk()
      .getCallLogAttempt({ historyId })
      .then((result) => {
        if (!current) return;
        if (result.ok) setAttempt(result.value);
        else setProblem(result.error.message);
      });
    return () => {
      current = false;
    };
  }, [historyId]);

  if (historyId === null) return <p className="field-hint">{t('callLogScreen.noAttempt')}</p>;
  if (problem) return <p className="problem">{t.words(problem)}</p>;
  if (!attempt) return <p className="waiting">{t('app.loading')}</p>;
  return (
    <div className="call-log-attempt">
      <div>
        <h3>{t('callLogScreen.attemptHeading')}</h3>
        <div className={`outcome outcome-${attempt.outcome}`} data-outcome={attempt.outcome}>
          <p className="outcome-word">{t(`outcomeWord.${attempt.outcome}`)}</p>
          {attempt.message ? <p>{t.words(attempt.message)}</p> : null}
          <p className="facts">
            {t('callLogScreen.attemptAt', {
              // The person's time, and the project's where its clock reads otherwise, as the row's own time is.
              at: formatMoment(attempt.at, t.locale, 'medium', { projectZone: timeZone }),
              profile: attempt.profileName,
            })}{' '}
            {t(`method.${attempt.method}`)}
            {attempt.httpStatus === null
              ? ''
              : ` · ${t('details.httpStatus', { status: attempt.httpStatus })}`}
          </p>
        </div>
      </div>
      <div>
        <h3>{t('raw.requestAsSent')}</h3>
        <RawText label={t('raw.requestAsSent')}>{attempt.request}</RawText>
        {attempt.masked ? <p className="field-hint">{t('callLogScreen.masked')}</p> : null}
      </div>
    </div>
  );
}
