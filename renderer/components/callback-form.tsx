import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { SentCallback, DeskError, ProfileView } from '../../electron/contract/desk-types';
import type { PartyField } from '../../electron/contract/callback-fields';
import type { FieldError } from '../../electron/contract/callback-types';
import { desk } from '../desk';
import { useT } from '../i18n';
import {
  emptyDraft,
  fromCallbackForm,
  toCallbackForm,
  type ClonedForm,
  type DraftField,
  type FormDraft,
} from '../form-draft';
import { usePreview } from '../use-preview';
import { CallLogPreviewPanel } from './call-log-preview-panel';
import { ExtendedFields } from './extended-fields';
import { OutcomePanel } from './outcome-panel';
import { RequestPreview } from './request-preview';
import { TemplateBar } from './template-bar';
import { TextField } from './text-field';

/** What the person agreed to for one send: a repeat within the minute, a live call. */
interface Confirmations {
  duplicate?: boolean;
  live?: boolean;
}

interface CallbackFormProps {
  profile: ProfileView;
  /** An earlier attempt's form to start from ("clone into the form"); the parent remounts the form for each clone. */
  cloned?: ClonedForm | null;
  /** Told after every attempt that reached the history. */
  onSent?: () => void;
  /** Put the cursor in the first field when the form appears (a new callback from the menu). */
  focusFirstField?: boolean;
}

/** The callback form: validated as you type, sent once per click, outcome in plain words. */
export function CallbackForm({ profile, cloned, onSent, focusFirstField }: CallbackFormProps) {
  const t = useT();
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
  const { preview, previewedDraft } = usePreview(draft, `${profile.id}:${profile.target}:${profile.key.set}`);
  const refusal = refused?.draft === draft ? refused.errors : null;
  // A verdict counts only for the value it was made for, never for what was typed after.
  const current = (field: DraftField) => previewedDraft !== null && previewedDraft[field] === draft[field];

  const update = (field: DraftField, value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const touch = (field: DraftField) => setTouched((current) => ({ ...current, [field]: true }));
  const errorFor = (field: DraftField): string | null => {
    if (!submitted && !touched[field] && draft[field] === '') return null;
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
    setSubmitted(true);
    setConfirming(null);
    setProblem(null);
    setSending(true);
    const sending = draft;
    try {
      const sent = await desk().sendCallback({
        form: toCallbackForm(sending),
        confirmDuplicate: confirmed.duplicate,
        confirmLive: confirmed.live,
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
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send({});
    }
  };

  return (
    <div className="workspace">
      <form
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
                onChange={() => setDraft((current) => ({ ...current, method }))}
              />
              {t(`form.method.${method}`)}
            </label>
          ))}
        </fieldset>
        {draft.method === 'simple' ? (
          <>
            <TextField
              label={t('form.extension')}
              value={draft.extension}
              list="project-numbers"
              placeholder={profile.numbers[0] ?? '+380 44 111 22 33'}
              error={errorFor('extension')}
              hint={sendHint('extension')}
              reserveNote
              onChange={(value) => update('extension', value)}
              onBlur={() => touch('extension')}
            />
            <datalist id="project-numbers">
              {profile.numbers.map((number) => (
                <option key={number} value={number} />
              ))}
            </datalist>
            <TextField
              label={t('form.destination')}
              value={draft.destination}
              placeholder="+38 067 111 22 33"
              error={errorFor('destination')}
              hint={sendHint('destination')}
              reserveNote
              onChange={(value) => update('destination', value)}
              onBlur={() => touch('destination')}
            />
          </>
        ) : (
          <ExtendedFields
            draft={draft}
            preview={preview}
            update={update}
            autoFocus={focusFirstField === true}
            touch={touch}
            errorFor={errorFor}
            sendHint={sendHint}
          />
        )}
        <FormProblems errors={refusal ?? preview?.errors ?? null} submitted={submitted} />
        <div className="send-row">
          <button
            type="submit"
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
        {confirming ? (
          <div
            className="confirm"
            role="alertdialog"
            aria-label={
              confirming.error.code === 'confirm-live'
                ? t('form.confirmLiveTitle')
                : t('form.confirmAgainTitle')
            }
          >
            <p>{t.words(confirming.error.message)}</p>
            <button
              type="button"
              className={confirming.error.code === 'confirm-live' ? 'live' : undefined}
              onClick={() =>
                void send(
                  confirming.error.code === 'confirm-live'
                    ? { ...confirming.confirmed, live: true }
                    : { ...confirming.confirmed, duplicate: true },
                )
              }
            >
              {confirming.error.code === 'confirm-live' ? t('form.placeLive') : t('form.sendAgain')}
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
      </form>
      <div className="side">
        <OutcomePanel result={result} sending={sending} />
        <CallLogPreviewPanel preview={preview} />
        <RequestPreview preview={preview} />
      </div>
    </div>
  );
}

/** Errors that belong to no visible field, such as a missing key or project id. */
function FormProblems({ errors, submitted }: { errors: FieldError[] | null; submitted: boolean }) {
  const t = useT();
  // Fields of the form show their own errors; the rest (key, project id, do-not-call) are listed here.
  const shown = new Set<string>(Object.keys(emptyDraft));
  const other = errors?.filter((error) => !shown.has(error.field)) ?? [];
  if (other.length === 0 || !submitted) return null;
  return (
    <ul className="form-problems" role="alert">
      {other.map((error) => (
        <li key={error.field}>{t.words(error.message)}</li>
      ))}
    </ul>
  );
}
