import type {
  CallbackFieldName,
  CallbackMethod,
  ChoiceValue,
  FieldOf,
  FreeTextField,
  ParameterOf,
  PartyField,
} from './callback-fields';
import type { Text } from './i18n/text';
import type { CallbackFormInput } from './schemas';

/** Which of the two callback methods a request uses. */
export type { CallbackMethod };

/** How the call is recorded in the call log: `out` outbound, `in` inbound with traffic-source labels. */
export type Direction = ChoiceValue<'direction'>;

/** Who is rung first: the client (`caller`) or the employee (`callee`). */
export type FirstParty = ChoiceValue<'first'>;

/** What the callee is: a phone number or SIP login, or a forwarding scheme id. */
export type CalleeType = ChoiceValue<'calleeType'>;

export type ManagerDst = ChoiceValue<'managerDst'>;

/** The simple method as a person fills it in: values as typed. */
export type SimpleCallbackForm = Extract<CallbackFormInput, { method: 'simple' }>;

/**
 * The extended method as a person fills it in: values as typed, optional
 * ones may be empty; `managerDst`, when set, wins over `first`. The project
 * id is not typed in the form: it comes from the profile or the command line.
 */
export type ExtendedCallbackForm = Extract<CallbackFormInput, { method: 'extended' }> & {
  projectId?: string;
};

export type CallbackForm = SimpleCallbackForm | ExtendedCallbackForm;

/** Every form field a message can point at, plus the configuration a request needs. */
export type FieldName =
  | CallbackFieldName
  | 'projectId'
  | 'country'
  | 'timeout'
  | 'authKey'
  | 'apiUrl'
  | 'name'
  | 'numbers'
  | 'target'
  | 'timeZone'
  | 'blocklist';

export interface FieldError {
  field: FieldName;
  message: Text;
}

/** One end of a call after normalisation. */
export type Party =
  | { kind: 'phone'; value: string; country: string | null }
  | { kind: 'sip'; value: string }
  | { kind: 'scheme'; value: string };

/** The parameters a method's free-text fields fill, each sent only when it is not empty. */
type FreeTextParams<M extends CallbackMethod> = {
  [N in FreeTextField & FieldOf<M> as ParameterOf<N>]?: string;
};

/** Body parameters of `POST /callback/outward_call`: its parties' parameters, form-encoded. */
export type SimpleParams = {
  [N in PartyField & FieldOf<'simple'> as ParameterOf<N>]: string;
} & FreeTextParams<'simple'>;

/** `params` of the `Api\V2\Callback.external` JSON-RPC call, in the vendor's order. */
export type ExtendedParams = {
  callee_type: 'default' | 'scheme';
  caller_type: 'default';
  caller: string;
  callee: string;
  manager_dst: ManagerDst;
  direction: Direction;
  projectId: string;
} & FreeTextParams<'extended'>;

/** A validated callback, ready to be turned into an HTTP request. */
export type PreparedCallback =
  | { method: 'simple'; params: SimpleParams; parties: { extension: Party; destination: Party } }
  | {
      method: 'extended';
      params: ExtendedParams;
      parties: { caller: Party; callee: Party };
      firstParty: FirstParty;
    };

/** An HTTP request exactly as it goes on the wire. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type Outcome = 'accepted' | 'rejected' | 'unknown' | 'not-sent';

/** What the server sent back, as far as it was read. */
export interface HttpAnswer {
  status: number;
  contentType: string | null;
  body: string;
  /** The body was longer than the client reads; only its start is kept. */
  truncated: boolean;
}

/** The honest account of one callback attempt. Never contains the Auth-key. */
export interface CallbackResult {
  outcome: Outcome;
  httpStatus: number | null;
  /** One plain sentence: what happened. */
  message: Text;
  /** What to do next. */
  explanation: Text;
  /** The server's own words, when it gave any. */
  serverMessage: string | null;
  latencyMs: number | null;
  /** The request as sent, with the key redacted. */
  request: HttpRequest;
  answer: HttpAnswer | null;
}
