import type { CountryCode } from 'libphonenumber-js/max';
import type { CallbackPreview, DeskError } from '../contract/desk-types';
import { fail, ok, type Result } from '../contract/result';
import type { CallbackFormInput } from '../contract/schemas';
import { randomRequestId } from '../ringostat/build-request';
import { previewRequest, sendCallback } from '../ringostat/client';
import { toCurl } from '../ringostat/curl';
import { normalisedParties, prepareCallback } from '../ringostat/prepare';
import type { Transport } from '../ringostat/transport';
import type { CallbackForm, CallbackResult, FieldError, Outcome, PreparedCallback } from '../ringostat/types';
import type { ProfileService } from '../profiles/profile-service';
import type { StoredProfile } from '../profiles/settings-schema';
import { sandbox } from '../simulator/sandbox';

/** Sending the same callback again within this long asks first. */
export const duplicateWindowMs = 60_000;

export interface CallbackServiceOptions {
  profiles: ProfileService;
  /** The embedded simulator's base URL, for profiles that target it. */
  simulatorUrl: () => string;
  transport: Transport;
  now?: () => number;
  timeoutMs?: number;
}

interface Attempt {
  fingerprint: string;
  at: number;
  outcome: Outcome;
}

/**
 * Places callbacks for the active profile: one at a time, never twice for
 * one request, and only after asking when the same call was just placed.
 */
export class CallbackService {
  private inFlight = false;
  private readonly recent: Attempt[] = [];
  private readonly now: () => number;

  constructor(private readonly options: CallbackServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  preview(form: CallbackFormInput): CallbackPreview {
    const profile = this.options.profiles.active();
    const live = profile.target === 'ringostat';
    const country = profile.country as CountryCode;
    const prepared = prepareCallback(this.withProject(form, profile), country);
    const errors: FieldError[] = prepared.ok ? [] : [...prepared.error];
    if (live && !this.options.profiles.hasKey(profile.id)) {
      errors.push({ field: 'authKey', message: 'This profile has no Auth-key: set it in the profile.' });
    }
    const base = { normalised: normalisedParties(form, country), live };
    if (!prepared.ok || errors.length > 0) {
      return { ...base, errors, request: null, curl: null, firstParty: null, managerDst: null };
    }
    // The preview never holds the key: the header is redacted whatever it carries.
    const request = previewRequest(
      prepared.value,
      { apiUrl: this.apiUrlOf(profile), authKey: '' },
      randomRequestId(),
    );
    return {
      ...base,
      errors,
      request,
      curl: toCurl(request),
      firstParty: prepared.value.method === 'extended' ? prepared.value.firstParty : null,
      managerDst: prepared.value.method === 'extended' ? prepared.value.params.manager_dst : null,
    };
  }

  async send(form: CallbackFormInput, confirmDuplicate = false): Promise<Result<CallbackResult, DeskError>> {
    if (this.inFlight) {
      return fail({ code: 'busy', message: 'A callback is already being sent: wait for its outcome.' });
    }
    const profile = this.options.profiles.active();
    const prepared = prepareCallback(this.withProject(form, profile), profile.country as CountryCode);
    if (!prepared.ok)
      return fail({
        code: 'invalid-input',
        message: 'Nothing was sent: some fields need correcting.',
        fields: prepared.error,
      });
    let authKey: string = sandbox.authKey;
    if (profile.target === 'ringostat') {
      const key = this.options.profiles.keyFor(profile.id);
      if (!key.ok) {
        return fail({
          code: 'invalid-input',
          message: `Nothing was sent. ${key.error}`,
          fields: [{ field: 'authKey', message: key.error }],
        });
      }
      authKey = key.value;
    }
    const fingerprint = `${profile.id}|${fingerprintOf(prepared.value)}`;
    const previous = this.recentAttempt(fingerprint);
    if (previous && !confirmDuplicate) {
      const secondsAgo = Math.round((this.now() - previous.at) / 1000);
      return fail({
        code: 'confirm-duplicate',
        message: `The same callback was sent ${secondsAgo} s ago (outcome: ${previous.outcome}). Send it again?`,
        previous: { at: new Date(previous.at).toISOString(), outcome: previous.outcome, secondsAgo },
      });
    }
    this.inFlight = true;
    try {
      const result = await sendCallback(
        prepared.value,
        { apiUrl: this.apiUrlOf(profile), authKey },
        {
          transport: this.options.transport,
          timeoutMs: this.options.timeoutMs,
        },
      );
      // A call that never left cannot have rung anyone: sending it again needs no confirmation.
      if (result.outcome !== 'not-sent')
        this.recent.push({ fingerprint, at: this.now(), outcome: result.outcome });
      return ok(result);
    } finally {
      this.inFlight = false;
    }
  }

  private recentAttempt(fingerprint: string): Attempt | undefined {
    const cutoff = this.now() - duplicateWindowMs;
    while (this.recent.length > 0 && (this.recent[0]?.at ?? 0) < cutoff) this.recent.shift();
    return this.recent.findLast((attempt) => attempt.fingerprint === fingerprint);
  }

  private withProject(form: CallbackFormInput, profile: StoredProfile): CallbackForm {
    if (form.method === 'simple') return form;
    const projectId = profile.projectId || (profile.target === 'simulator' ? sandbox.projectId : '');
    return { ...form, projectId };
  }

  private apiUrlOf(profile: StoredProfile): string {
    return profile.target === 'simulator' ? this.options.simulatorUrl() : profile.apiUrl;
  }
}

function fingerprintOf(callback: PreparedCallback): string {
  return callback.method === 'simple'
    ? `simple|${callback.params.extension}|${callback.params.destination}`
    : `extended|${callback.params.caller}|${callback.params.callee}`;
}
