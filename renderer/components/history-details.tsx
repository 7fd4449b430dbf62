import { useEffect, useRef, useState } from 'react';
import type { DeskState, HistoryEntryView, SentCallback } from '../../electron/contract/desk-types';
import { cloneForm, type ClonedForm } from '../form-draft';
import type { HistoryTag } from '../../electron/contract/history-types';
import { toCurl } from '../../electron/shared/curl';
import { formatRequest } from '../../electron/shared/redact';
import { desk } from '../desk';
import type { Words } from '../../electron/contract/i18n/text';
import { formatMoment } from '../../electron/contract/i18n/moments';
import { useT } from '../i18n';
import { Moment } from '../moment';
import { CallLogStatus } from './call-log-status';
import { RawText } from './raw-text';

interface HistoryDetailsProps {
  id: string;
  state: DeskState;
  onChanged: () => void;
  onClone: (cloned: ClonedForm) => void;
  onState: (state: DeskState) => void;
}

/** One attempt in full: the request as sent, the answer, and what can be done with it. */
export function HistoryDetails({ id, state, onChanged, onClone, onState }: HistoryDetailsProps) {
  const t = useT();
  const [entry, setEntry] = useState<HistoryEntryView | null>(null);
  const [missing, setMissing] = useState<Words | null>(null);
  const [confirming, setConfirming] = useState<'send' | 'delete' | null>(null);
  const [resent, setResent] = useState<SentCallback | null>(null);
  const [message, setMessage] = useState<Words | null>(null);
  const [tag, setTag] = useState<HistoryTag | ''>('');
  const [note, setNote] = useState('');
  const [watching, setWatching] = useState(false);
  // A ref, not state: a second click before React re-renders must not send again.
  const sendingAgain = useRef(false);

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

  if (missing) return <p className="problem">{t.words(missing)}</p>;
  if (!entry) return <p className="waiting">{t('app.loading')}</p>;
  const profile = state.profiles.find((item) => item.id === entry.profileId);
  // The person's clock, and the project's where it reads otherwise: never the stored UTC text.
  const moment = (at: string) => formatMoment(at, t.locale, 'medium', { projectZone: profile?.timeZone });
  // Main says whether it masked the numbers; the real ones stay there, and sending again goes by the id.
  const { masked } = entry;
  const isActive = entry.profileId === state.activeId;

  /** `live`: the question just answered said that real phones ring, which is the live call's confirmation too. */
  const sendAgain = async (live: boolean) => {
    if (sendingAgain.current) return;
    sendingAgain.current = true;
    setConfirming(null);
    try {
      const result = await desk().resendHistoryEntry({ id, confirmLive: live });
      if (result.ok) {
        setResent(result.value);
        onChanged();
      } else setMessage(result.error.message);
    } finally {
      sendingAgain.current = false;
    }
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
      setMessage(t('details.saved'));
      onChanged();
    } else setMessage(result.error.message);
  };
  const copyCurl = async () => {
    try {
      await navigator.clipboard.writeText(toCurl(entry.request));
      setMessage(masked ? t('details.copiedMasked') : t('details.copied'));
    } catch {
      setMessage(t('details.copyFailed'));
    }
  };

  return (
    <section className="panel history-details" aria-label={t('details.label')}>
      {/* Its parts are headed h3: this names the level above them for whoever moves by headings. */}
      <h2 className="visually-hidden">{t('details.label')}</h2>
      <div className={`outcome outcome-${entry.outcome}`} data-outcome={entry.outcome}>
        <p className="outcome-word">{t(`outcomeWord.${entry.outcome}`)}</p>
        {entry.end ? <p>{t.words(entry.end.message)}</p> : null}
        {entry.end ? <p className="outcome-next">{t.words(entry.end.explanation)}</p> : null}
        <p className="facts">
          <Moment at={entry.at} style="medium" projectZone={profile?.timeZone} /> · {entry.profileName} (
          {t('details.target', { target: entry.target })}) ·{' '}
          {entry.end?.httpStatus === null || !entry.end
            ? t('details.noStatus')
            : t('details.httpStatus', { status: entry.end.httpStatus })}
          {entry.end?.latencyMs === null || !entry.end
            ? ''
            : t('details.latency', { ms: entry.end.latencyMs })}
        </p>
      </div>
      <div className="history-actions">
        <button type="button" onClick={() => onClone(cloneForm(entry.form, entry.maskedFields))}>
          {t('details.clone')}
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming('send')}>
          {t('details.sendAgainOpen')}
        </button>
        <button type="button" className="secondary" onClick={() => void copyCurl()}>
          {t('details.copyCurl')}
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming('delete')}>
          {t('details.deleteOpen')}
        </button>
      </div>
      {masked ? <p className="field-hint">{t('details.masked')}</p> : null}
      {confirming === 'send' ? (
        <div className="confirm" role="alertdialog" aria-label={t('details.sendAgainTitle')}>
          {!profile ? (
            <p>{t('details.profileGone', { profile: entry.profileName })}</p>
          ) : !isActive ? (
            <>
              <p>{t('details.otherProfile', { profile: entry.profileName })}</p>
              <button
                type="button"
                onClick={() =>
                  void desk()
                    .activateProfile({ id: entry.profileId })
                    .then((result) => result.ok && onState(result.value))
                }
              >
                {t('details.switchTo', { profile: entry.profileName })}
              </button>
            </>
          ) : (
            <>
              <p>
                {t('details.lastTime', { at: moment(entry.at) })}{' '}
                <strong>{t(`outcomeWord.${entry.outcome}`).toLocaleLowerCase(t.locale)}</strong>
                {entry.end?.httpStatus
                  ? t('details.lastTimeStatus', { status: entry.end.httpStatus })
                  : ''}.{' '}
                {profile.target === 'ringostat' ? t('details.ringsReal') : t('details.goesToSimulator')}
              </p>
              <button type="button" onClick={() => void sendAgain(profile.target === 'ringostat')}>
                {t('form.sendAgain')}
              </button>
            </>
          )}{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            {t('form.cancel')}
          </button>
        </div>
      ) : null}
      {confirming === 'delete' ? (
        <div className="confirm" role="alertdialog" aria-label={t('details.deleteTitle')}>
          <p>{t('details.deleteQuestion')}</p>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('details.delete')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            {t('details.keep')}
          </button>
        </div>
      ) : null}
      {resent ? (
        <p role="status" className={`check outcome-text-${resent.outcome}`}>
          {t('details.sentAgain', {
            outcome: t(`outcomeWord.${resent.outcome}`).toLocaleLowerCase(t.locale),
            message: resent.message,
          })}
        </p>
      ) : null}
      {message ? <p role="status">{t.words(message)}</p> : null}
      <div className="tag-row">
        <div className="field">
          <label htmlFor="history-tag">{t('details.tag')}</label>
          <select
            id="history-tag"
            value={tag}
            onChange={(event) => setTag(event.target.value as HistoryTag | '')}
          >
            <option value="">{t('tag.none')}</option>
            <option value="support">{t('tag.support')}</option>
            <option value="qa">{t('tag.qa')}</option>
            <option value="training">{t('tag.training')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-note">{t('details.note')}</label>
          <input
            id="history-note"
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="button" className="secondary" onClick={() => void saveTag()}>
          {t('details.saveTag')}
        </button>
      </div>
      <section className="call-log" aria-label={t('callLog.label')}>
        <h3>{t('callLog.heading')}</h3>
        {entry.callLog || watching ? (
          <CallLogStatus historyId={entry.id} />
        ) : entry.outcome === 'accepted' || entry.outcome === 'unknown' ? (
          <button type="button" className="secondary" onClick={() => setWatching(true)}>
            {entry.outcome === 'unknown' ? t('callLog.checkUnknown') : t('callLog.lookFor')}
          </button>
        ) : entry.outcome === 'pending' ? null : (
          // Refused or never sent: no call was placed, so there is nothing to look for.
          <p>{t('callLog.nothingPlaced')}</p>
        )}
      </section>
      <h3>{t('raw.requestAsSent')}</h3>
      <RawText label={t('raw.requestAsSent')}>{formatRequest(entry.request, { indentJson: true })}</RawText>
      <h3>{t('raw.answer')}</h3>
      <RawText label={t('raw.answer')}>
        {entry.end?.answer
          ? `HTTP ${entry.end.answer.status} ${entry.end.answer.contentType ?? ''}\n\n${entry.end.answer.body}${entry.end.answer.truncated ? `\n${t('raw.cut')}` : ''}`
          : t('raw.noAnswer')}
      </RawText>
      <p className="facts">
        {entry.end
          ? t('details.startedEnded', { started: moment(entry.at), ended: moment(entry.end.endedAt) })
          : t('details.started', { started: moment(entry.at) })}
      </p>
    </section>
  );
}
