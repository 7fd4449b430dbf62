import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { LiveQuestion } from '../../electron/contract/desk-types';
import { useT } from '../i18n';

interface LiveQuestionProps {
  question: LiveQuestion;
  onSend: () => void;
  onCancel: () => void;
}

/**
 * The question main asks before a live callback: that it rings real phones,
 * the two parties as they will be sent, the project and profile. Cancel has
 * the focus, so Enter or Escape pressed in haste rings nobody.
 */
export function LiveQuestionDialog({ question, onSend, onCancel }: LiveQuestionProps) {
  const t = useT();
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
  const { profileName: profile, projectId: project } = question;
  return (
    <div
      className="confirm live-question"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-words`}
      onKeyDown={onKeyDown}
    >
      <p id={`${id}-title`} className="live-question-title">
        {t('form.confirmLiveTitle')}
      </p>
      <div id={`${id}-words`}>
        <p>{t('liveQuestion.rings')}</p>
        <dl className="live-question-parties">
          {question.parties.map((party) => (
            <div key={party.field}>
              <dt>{t(`field.${party.field}`)}</dt>
              <dd>{party.value}</dd>
            </div>
          ))}
        </dl>
        <p>
          {project ? t('liveQuestion.project', { project, profile }) : t('liveQuestion.profile', { profile })}{' '}
          {question.everyCall ? t('liveQuestion.every', { profile }) : t('liveQuestion.once', { profile })}
        </p>
      </div>
      <button type="button" className="live" onClick={onSend}>
        {t('form.placeLive')}
      </button>
      <button type="button" className="secondary" ref={cancel} onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
