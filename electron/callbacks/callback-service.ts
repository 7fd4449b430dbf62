import { selector, text, type Text } from '../contract/i18n/text';
import type { CountryCode } from 'libphonenumber-js/max';
import type { CallbackPreview, DeskError, SentCallback } from '../contract/desk-types';
import {
  partyFields,
  searchableFields,
  type CallbackFieldName,
  type PartyField,
} from '../contract/callback-fields';
import { fail, ok, type Result } from '../contract/result';
import type { CallbackFormInput } from '../contract/schemas';
import { randomRequestId } from '../ringostat/build-request';
import { previewRequest, sendCallback } from '../ringostat/client';
import { previewCallLog } from '../ringostat/call-log-preview';
import { toCurl } from '../shared/curl';
import { normalisedParties, prepareCallback } from '../ringostat/prepare';
import type { Transport } from '../ringostat/transport';
import type { CallbackForm, FieldError, PreparedCallback } from '../contract/callback-types';
import type { HistoryStore } from '../history/history-store';
import { HistoryUnavailableError } from '../history/history-unavailable';
import type { HistoryTag } from '../contract/history-types';
import { blockedParties } from './safety';
import { LiveConfirmations, liveTargetOf } from './live-confirmations';
import type { KeyVault } from '../profiles/key-vault';
import type { ProfileService } from '../profiles/profile-service';
import type { StoredProfile } from '../profiles/settings-schema';
import { sandboxTarget } from '../simulator/scenario-address';
import { profileApiUrl, profilePin, projectIdFor, targetFor } from './targets';

export interface SendOptions {
  /** The person confirmed sending the same callback again within the minute. */
  confirmDuplicate?: boolean;
  /** Main's own confirmation of a live call: a run whose count was typed, the history's question. */
  confirmLive?: boolean;
  /** Send only while the active profile is still this one (`profilePin`): a run's rows give it. */
  profilePin?: string;
  /** The confirmation main issued with its question before this very live callback. */
  liveConfirmation?: string;
  /** Tag and note for the history entry, as a batch run gives them. */
  tag?: HistoryTag;
  note?: string;
}

/** Sending the same callback again within this long asks first. */
export const duplicateWindowMs = 60_000;

export interface CallbackServiceOptions {
  profiles: ProfileService;
  keys: KeyVault;
  history: HistoryStore;
  /** The embedded simulator's base URL, for profiles that target it. */
  simulatorUrl: () => string;
  transport: Transport;
  now?: () => number;
  timeoutMs?: number;
  /** Told of each accepted callback's history entry, to look for it in the call log. */
  onAccepted?: (historyId: string) => void;
}

/**
 * Places callbacks for the active profile: one at a time, never twice for
 * one request, and only after asking when the same call was just placed.
 */
export class CallbackService {
  private inFlight = false;
  private readonly now: () => number;
  private readonly live = new LiveConfirmations();

  constructor(private readonly options: CallbackServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  preview(form: CallbackFormInput): CallbackPreview {
    const profile = this.options.profiles.active();
    const live = profile.target === 'ringostat';
    const country = profile.country as CountryCode;
    const prepared = prepareCallback(this.withProject(form, profile), country);
    const errors: FieldError[] = prepared.ok
      ? blockedParties(prepared.value, profile.blocklist ?? [])
      : [...prepared.error];
    if (live) {
      // The URL is checked as on sending, so a profile edited by hand says what is wrong before anything is sent.
      const url = profileApiUrl(profile);
      if (!url.ok) errors.push(url.error);
      if (!this.options.keys.has(profile.id)) errors.push({ field: 'authKey', message: text('send.noKey') });
    }
    const base = { normalised: normalisedParties(form, country), live };
    if (!prepared.ok || errors.length > 0) {
      return {
        ...base,
        errors,
        request: null,
        curl: null,
        firstParty: null,
        managerDst: null,
        callLog: null,
      };
    }
    // The preview never holds the key: the header is redacted whatever it carries.
    const request = previewRequest(
      prepared.value,
      { apiUrl: this.apiUrlOf(profile, prepared.value), authKey: '' },
      randomRequestId(),
    );
    return {
      ...base,
      errors,
      request,
      curl: toCurl(request),
      firstParty: prepared.value.method === 'extended' ? prepared.value.firstParty : null,
      managerDst: prepared.value.method === 'extended' ? prepared.value.params.manager_dst : null,
      callLog: previewCallLog(prepared.value, form),
    };
  }

  async send(form: CallbackFormInput, options: SendOptions = {}): Promise<Result<SentCallback, DeskError>> {
    if (this.inFlight) {
      return fail({ code: 'busy', message: text('send.busy') });
    }
    const profile = this.options.profiles.active();
    if (options.profilePin !== undefined && profilePin(profile) !== options.profilePin) {
      return fail({
        code: 'profile-changed',
        message: text('send.profileChanged', { profile: profile.name }),
      });
    }
    const prepared = prepareCallback(this.withProject(form, profile), profile.country as CountryCode);
    if (!prepared.ok) {
      return fail({
        code: 'invalid-input',
        message: text('send.fieldsWrong'),
        fields: prepared.error,
      });
    }
    const blocked = blockedParties(prepared.value, profile.blocklist ?? []);
    if (blocked.length > 0) {
      return fail({
        code: 'blocked',
        message: text('send.blocked', { reasons: blocked.map((item) => item.message) }),
        fields: blocked,
      });
    }
    const target = targetFor(profile, this.options.keys, this.options.simulatorUrl);
    if (!target.ok) {
      return fail({
        code: 'invalid-input',
        message: text('send.targetWrong', { reason: target.error.message }),
        fields: [target.error],
      });
    }
    // Asked only of a callback that could go: a missing key is said first.
    const liveTarget = profile.target === 'ringostat' ? liveTargetOf(profile) : null;
    const callback = JSON.stringify(prepared.value.params);
    const everyCall = profile.confirmLiveCalls === true;
    if (
      liveTarget !== null &&
      options.confirmLive !== true &&
      !this.live.allows(liveTarget, callback, everyCall, options.liveConfirmation)
    ) {
      return fail(liveQuestion(profile, prepared.value, this.live.ask(liveTarget, callback)));
    }
    // The sandbox's "not sent" scenario goes to an address where nothing listens.
    const destination =
      profile.target === 'simulator' ? sandboxTarget(target.value, prepared.value) : target.value;

    const fingerprint = `${profile.id}|${fingerprintOf(prepared.value)}`;
    const previous = this.options.history.recent(fingerprint, this.now() - duplicateWindowMs);
    // A callback that never left rang nobody: sending it again needs no confirmation.
    if (previous && previous.outcome !== 'not-sent' && options.confirmDuplicate !== true) {
      const secondsAgo = Math.max(0, Math.round((this.now() - Date.parse(previous.at)) / 1000));
      return fail({
        code: 'confirm-duplicate',
        message: text('send.confirmDuplicate', {
          seconds: secondsAgo,
          outcome: selector(previous.outcome),
        }),
        previous: {
          at: previous.at,
          outcome: previous.outcome === 'pending' ? 'unknown' : previous.outcome,
          secondsAgo,
        },
      });
    }
    this.inFlight = true;
    try {
      const requestId = randomRequestId();
      let historyId: string;
      try {
        historyId = this.options.history.begin({
          profileId: profile.id,
          profileName: profile.name,
          target: profile.target,
          method: form.method,
          form,
          request: previewRequest(prepared.value, destination, requestId),
          ...partiesOf(prepared.value),
          fingerprint,
          searchable: searchableOf(form),
          ...(options.tag ? { tag: options.tag, note: options.note ?? '' } : {}),
        }).id;
      } catch (error) {
        // Nothing left: the question, if one was answered, still stands for the next try.
        return fail({
          code: 'history-unavailable',
          message:
            error instanceof HistoryUnavailableError
              ? text('send.historyUnavailableBecause', { reason: error.reason })
              : text('send.historyUnavailable'),
        });
      }
      if (liveTarget !== null) this.live.sending(liveTarget);
      const result = await sendCallback(prepared.value, destination, {
        transport: this.options.transport,
        timeoutMs: this.options.timeoutMs,
        requestId,
      });
      let historyWarning: Text | null = null;
      try {
        this.options.history.complete(historyId, result);
      } catch {
        historyWarning = text('send.historyWarning');
      }
      if (result.outcome === 'accepted' && historyWarning === null) this.options.onAccepted?.(historyId);
      return ok({ ...result, historyId, historyWarning });
    } finally {
      this.inFlight = false;
    }
  }

  private withProject(form: CallbackFormInput, profile: StoredProfile): CallbackForm {
    if (form.method === 'simple') return form;
    return { ...form, projectId: projectIdFor(profile) };
  }

  private apiUrlOf(profile: StoredProfile, callback: PreparedCallback): string {
    if (profile.target !== 'simulator') return profile.apiUrl;
    return sandboxTarget({ apiUrl: this.options.simulatorUrl(), authKey: '' }, callback).apiUrl;
  }
}

/** A live callback's question: plain words, the two parties as sent, the profile and project. */
function liveQuestion(profile: StoredProfile, callback: PreparedCallback, confirmation: string): DeskError {
  const everyCall = profile.confirmLiveCalls === true;
  const parties: { field: PartyField; value: string }[] =
    callback.method === 'simple'
      ? [
          { field: 'extension', value: callback.params.extension },
          { field: 'destination', value: callback.params.destination },
        ]
      : [
          { field: 'caller', value: callback.params.caller },
          { field: 'callee', value: callback.params.callee },
        ];
  return {
    code: 'confirm-live',
    message: text(everyCall ? 'send.confirmLive' : 'send.confirmFirstLive', { profile: profile.name }),
    live: {
      confirmation,
      profileName: profile.name,
      projectId: callback.method === 'extended' ? callback.params.projectId : profile.projectId,
      parties,
      everyCall,
    },
  };
}

function partiesOf(callback: PreparedCallback): { caller: string; callee: string } {
  return callback.method === 'simple'
    ? { caller: callback.params.extension, callee: callback.params.destination }
    : { caller: callback.params.caller, callee: callback.params.callee };
}

/** What else search should find an attempt by: numbers as typed, UTM values, the client id. */
function searchableOf(form: CallbackFormInput): string[] {
  const values = form as Partial<Record<CallbackFieldName, unknown>>;
  const texts = (fields: readonly CallbackFieldName[]) =>
    fields.map((field) => values[field]).filter((value): value is string => typeof value === 'string');
  return [
    ...texts(partyFields).map((value) => value.replace(/\D/g, '')),
    ...texts(searchableFields).map((value) => value.trim()),
  ].filter((value) => value !== '');
}

function fingerprintOf(callback: PreparedCallback): string {
  return callback.method === 'simple'
    ? `simple|${callback.params.extension}|${callback.params.destination}`
    : `extended|${callback.params.caller}|${callback.params.callee}`;
}
