import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { SentCallback, DeskError, ProfileView } from '../../electron/contract/desk-types';
import type { PartyField } from '../../electron/contract/callback-fields';
import type { FieldError } from '../../electron/contract/callback-types';
import { desk } from '../desk';
import { focusQuietly } from './recent-parties';
import { useT } from '../i18n';
import {
  emptyDraft,
  fromCallbackForm,
  toCallbackForm,
  withMethod,
  type ClonedForm,
  type DraftField,
  type FormDraft,
} from '../form-draft';
import { usePreview } from '../use-preview';
import { CallLogPreviewPanel } from './call-log-preview-panel';
import { ExtendedFields } from './extended-fields';
import { FormProblems } from './form-problems';
import { SimpleFields } from './simple-fields';
import { LiveQuestionDialog } from './live-question';
import { OutcomePanel } from './outcome-panel';
import { RequestPreview } from './request-preview';
import { TemplateBar } from './template-bar';
import { useWholeWindow } from '../whole-window';
import { loadLanguage } from '../catalogues';

/** What the person agreed to for one send: a repeat within the minute, main's question before a live call. */
interface Confirmations {
  duplicate?: boolean;
  liveConfirmation?: string;
}

interface CallbackFormProps {
  profile: ProfileView;
  /** An earlier attempt's form to start from ("clone into the form"); the parent remounts the form for each clone. */
  cloned?: ClonedForm | null;
  /** Told after every attempt that reached the history. */
  onSent?: () => void;
}

/** The callback form: validated as you type, sent once per click, outcome in plain words. */
export function CallbackForm({ profile, cloned, onSent }: CallbackFormProps) {
  const t = useT();
  // What the first frame leaves out (errors, outcome, the side panels) shows with the whole
  // window, or as soon as a send has brought every message: a send never waits for the window.
  const [spoken, setSpoken] = useState(false);
  const full = useWholeWindow() || spoken;
  const [draft, setDraft] = useState<FormDraft>(() => (cloned ? fromCallbackForm(cloned.form) : emptyDraft));
  const [touched, setTouched] = useState<Partial<Record<DraftField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<SentCallback | null>(null);
  const [problem, setProblem] = useState<DeskError | null>(null);
  const [confirming, setConfirming] = useState<{ error: DeskError; confirmed: Confirmations } | null>(null);
  // What main refused in the draft it was asked to send; it stands until the person types again.
  const [refused, setRefused] = useState<{ errors: FieldError[]; draft: FormDraft } | null>(null);
  const inFlight = useRef(false);
  const sendButton = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // The cursor starts in the first party field whenever the form appears (first start, a new
  // callback, a clone), so typing begins the main task; a method chosen later keeps its own focus.
  const firstParty = useRef(draft.method === 'simple' ? 'extension' : 'caller');
  // As the form is put on the page, before it is painted: the first key typed lands in it.
  useLayoutEffect(() => {
    focusQuietly(form.current?.querySelector<HTMLInputElement>(`input[name="${firstParty.current}"]`));
  }, []);
  // Switching to a live profile, or a new live profile becoming active, is said by the send button.
  const profileNow = `${profile.id}:${profile.target}`;
  const [profileSeen, setProfileSeen] = useState(profileNow);
  const [liveNotice, setLiveNotice] = useState<string | null>(null);
  if (profileSeen !== profileNow) {
    setProfileSeen(profileNow);
    setLiveNotice(profile.target === 'ringostat' ? profile.name : null);
  }
  const { preview, previewedDraft } = usePreview(draft, `${profile.id}:${profile.target}:${profile.key.set}`);
  const refusal = refused?.draft === draft ? refused.errors : null;
  // A verdict counts only for the value it was made for, never for what was typed after.
  const current = (field: DraftField) => previewedDraft !== null && previewedDraft[field] === draft[field];

  const update = (field: DraftField, value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const touch = (field: DraftField) => setTouched((current) => ({ ...current, [field]: true }));
  // A field's error shows once the person has left it, or tried to send: never on a form just opened or a method just chosen.
  const errorFor = (field: DraftField): string | null => {
    if (!full || (!submitted && !touched[field])) return null;
    const errors = refusal ?? (current(field) ? preview?.errors : null);
    const error = errors?.find((candidate) => candidate.field === field);
    return error ? t.words(error.message) : null;
  };
  const sendHint = (field: PartyField) => {
    const masked = cloned?.maskedNumbers[field];
    if (masked !== undefined && draft[field] === '') return t('form.typeMasked', { shown: masked });
    const value = current(field) ? preview?.normalised[field] : undefined;
    return value ? t('form.willSend', { value }) : undefined;
  };

  /**
   * One request to main, which checks the form once and sends it or says why
   * not; a preview still on its way is not waited for. `confirmed` carries
   * what the person has already agreed to for this one send.
   */
  async function send(confirmed: Confirmations): Promise<void> {
    // A ref, not state: a second click before React re-renders must not send again.
    if (inFlight.current) return;
    inFlight.current = true;
    if (!spoken) {
      // The question, the errors and the outcome use every message: in the window's first moments
      // they may still be on their way. Without them the words read as keys, and the send goes on.
      await loadLanguage(t.locale).catch(() => undefined);
      setSpoken(true);
    }
    setSubmitted(true);
    setConfirming(null);
    setProblem(null);
    setSending(true);
    const sending = draft;
    try {
      const sent = await desk().sendCallback({
        form: toCallbackForm(sending),
        confirmDuplicate: confirmed.duplicate,
        liveConfirmation: confirmed.liveConfirmation,
      });
      if (sent.ok) {
        setRefused(null);
        setResult(sent.value);
        onSent?.();
      } else if (sent.error.code === 'confirm-duplicate' || sent.error.code === 'confirm-live') {
        // Main asks first and has sent nothing: the earlier outcome still stands, and the question names it.
        setConfirming({ error: sent.error, confirmed });
      } else if (sent.error.fields !== undefined && sent.error.fields.length > 0) {
        // Nothing left and nothing changed: the fields say what to correct, the earlier outcome stands.
        setRefused({ errors: sent.error.fields, draft: sending });
      } else {
        // This attempt ended before anything left: an earlier outcome must not read as its answer.
        setResult(null);
        setProblem(sent.error);
      }
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send({});
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Escape anywhere in the form answers an open question "no".
    if (event.key === 'Escape' && confirming && !event.defaultPrevented) {
      event.preventDefault();
      setConfirming(null);
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send({});
    }
  };

  // Send, and what it says and asks, right after the parties: Tab goes from the callee to Send.
  const sendingPart = (
    <>
      <FormProblems errors={refusal ?? preview?.errors ?? null} submitted={submitted && full} />
      <div className="send-row">
        <button
          type="submit"
          ref={sendButton}
          className={profile.target === 'ringostat' ? 'live' : undefined}
          disabled={sending}
        >
          {sending
            ? t('form.sending')
            : profile.target === 'ringostat'
              ? t('form.placeLiveCallback')
              : t('form.placeSandboxCallback')}
        </button>
        <span className="shortcut">{t('form.shortcut')}</span>
      </div>
      <p className="live-notice" role="status">
        {liveNotice === null ? null : t('form.liveNow', { profile: liveNotice })}
      </p>
      {confirming?.error.live ? (
        <LiveQuestionDialog
          question={confirming.error.live}
          onSend={() =>
            void send({ ...confirming.confirmed, liveConfirmation: confirming.error.live?.confirmation })
          }
          onCancel={() => {
            setConfirming(null);
            sendButton.current?.focus();
          }}
        />
      ) : confirming ? (
        <div className="confirm" role="alertdialog" aria-label={t('form.confirmAgainTitle')}>
          <p>{t.words(confirming.error.message)}</p>
          <button type="button" onClick={() => void send({ ...confirming.confirmed, duplicate: true })}>
            {t('form.sendAgain')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            {t('form.cancel')}
          </button>
        </div>
      ) : null}
      {problem ? (
        <p className="problem" role="alert">
          {t.words(problem.message)}
        </p>
      ) : null}
    </>
  );

  return (
    <div className="workspace">
      <form
        ref={form}
        className="callback-form"
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
        aria-label={t('form.label')}
      >
        <TemplateBar
          profileId={profile.id}
          current={() => toCallbackForm(draft)}
          onFill={(form) => {
            setDraft(fromCallbackForm(form));
            setTouched({});
            setSubmitted(false);
          }}
        />
        <fieldset className="method-switch">
          <legend>{t('form.method')}</legend>
          {(['extended', 'simple'] as const).map((method) => (
            <label key={method} className={draft.method === method ? 'chosen' : undefined}>
              <input
                type="radio"
                name="method"
                value={method}
                checked={draft.method === method}
                onChange={() => {
                  setDraft((current) => withMethod(current, method));
                  setTouched({});
                  setSubmitted(false);
                }}
              />
              {t(`form.method.${method}`)}
            </label>
          ))}
        </fieldset>
        {/* The main task first: the two parties, then Send; everything else comes after it. */}
        {draft.method === 'simple' ? (
          <SimpleFields
            draft={draft}
            numbers={profile.numbers}
            update={update}
            touch={touch}
            errorFor={errorFor}
            sendHint={sendHint}
          />
        ) : (
          <ExtendedFields
            draft={draft}
            preview={preview}
            update={update}
            touch={touch}
            errorFor={errorFor}
            sendHint={sendHint}
            afterParties={sendingPart}
          />
        )}
        {draft.method === 'simple' ? sendingPart : null}
      </form>
      <div className="side">
        {full ? (
          <>
            <OutcomePanel result={result} sending={sending} />
            <CallLogPreviewPanel preview={preview} />
            <RequestPreview preview={preview} />
          </>
        ) : null}
      </div>
    </div>
  );
}
