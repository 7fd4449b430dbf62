/** The two callback methods: `simple` is POST /callback/outward_call, `extended` the JSON-RPC Callback.external. */
export const callbackMethods = ['simple', 'extended'] as const;

/** Which of the two callback methods a request uses. */
export type CallbackMethod = (typeof callbackMethods)[number];

/** The method a new form starts with. */
export const defaultMethod: CallbackMethod = 'extended';

/** The longest UTM value Ringostat takes. */
export const utmLength = 255;

interface FieldBase {
  /** The methods whose form has this field. */
  methods: readonly CallbackMethod[];
  /** The Ringostat parameter it fills; null when it only steers another one. */
  parameter: string | null;
  /** The command line's flag, without its dashes. */
  flag: string;
  /** How `--help` names the flag's value, where its kind's name would not do (choices list their values). */
  flagValue?: string;
  /** What `--help` says about the flag (a choice's default is added). */
  help: string;
}

/**
 * What a field holds, and so how it is checked, drafted, sent and shown.
 * - `party` a phone number or SIP login as typed, normalised before sending;
 *   masked in the history when it is a phone number.
 * - `choice` one of `values`; left out, it is `default`.
 * - `number-choice` one of `values`, or nothing (null) to let other fields decide.
 * - `utm` a traffic-source label: one line of at most 255 characters, found by
 *   history search, shown in the call-log preview of an inbound call.
 * - `text` one line of at most `maxLength` characters; `token` admits no spaces.
 * - `ip` an IPv4 or IPv6 address.
 * Empty `utm`, `text` and `ip` fields are not sent.
 */
export type FieldDescriptor = FieldBase &
  (
    | { kind: 'party'; accepts: 'phone' | 'phone-or-sip' }
    | { kind: 'choice'; values: readonly [string, ...string[]]; default: string }
    | { kind: 'number-choice'; values: readonly [number, ...number[]] }
    | { kind: 'utm' }
    | { kind: 'text'; format: 'line' | 'token'; maxLength: number; searchable: boolean }
    | { kind: 'ip' }
  );

/**
 * Every field of the callback form, in the form's order: the one place a
 * field is written out. The IPC schemas, the form's draft, the command
 * line's flags and help, the request's parameters, the call-log preview's
 * labels and the history's masking are all derived from it. The utm, text
 * and ip fields' parameters are sent in this order, after those prepare.ts
 * spells out.
 *
 * A field's words are catalogue keys named after it: `field.<name>` for
 * messages about it; `form.<name>` for its label in the form (utm, text, ip
 * and choice fields), with `form.<name>.<value>` for each choice; and
 * `preview.<name>` for a utm field's label in the call-log preview. A key
 * missing from the English catalogue fails to compile, by name, in
 * callback-field-labels.ts.
 */
export const callbackFields = {
  extension: {
    methods: ['simple'],
    kind: 'party',
    accepts: 'phone',
    parameter: 'extension',
    flag: 'extension',
    flagValue: 'N',
    help: 'a project number connected as incoming, the number to call from',
  },
  destination: {
    methods: ['simple'],
    kind: 'party',
    accepts: 'phone-or-sip',
    parameter: 'destination',
    flag: 'destination',
    help: 'the phone number or SIP login to call',
  },
  caller: {
    methods: ['extended'],
    kind: 'party',
    accepts: 'phone-or-sip',
    parameter: 'caller',
    flag: 'caller',
    help: 'the client: phone number or SIP login',
  },
  callee: {
    methods: ['extended'],
    kind: 'party',
    // A forwarding scheme id when calleeType is `scheme`: see ringostat/prepare.ts.
    accepts: 'phone-or-sip',
    parameter: 'callee',
    flag: 'callee',
    flagValue: 'N|SIP|SCHEME',
    help: 'the employee: phone number or SIP login, or a forwarding scheme id',
  },
  calleeType: {
    methods: ['extended'],
    kind: 'choice',
    values: ['number', 'scheme'],
    default: 'number',
    parameter: 'callee_type',
    flag: 'callee-type',
    help: 'what --callee is',
  },
  direction: {
    methods: ['extended'],
    kind: 'choice',
    values: ['out', 'in'],
    default: 'out',
    parameter: 'direction',
    flag: 'direction',
    help: 'out: outbound in the call log; in: inbound, with the UTM labels',
  },
  first: {
    methods: ['extended'],
    kind: 'choice',
    values: ['employee', 'client'],
    default: 'employee',
    // Who rings first is said to Ringostat through manager_dst.
    parameter: null,
    flag: 'first',
    help: 'who is rung first; sets manager_dst',
  },
  managerDst: {
    methods: ['extended'],
    kind: 'number-choice',
    values: [0, 1],
    parameter: 'manager_dst',
    flag: 'manager-dst',
    help: 'the raw manager_dst, instead of --first',
  },
  clientIp: {
    methods: ['extended'],
    kind: 'ip',
    parameter: 'clientIp',
    flag: 'client-ip',
    help: "the visitor's IP address",
  },
  utmSource: {
    methods: ['extended'],
    kind: 'utm',
    parameter: 'utmSource',
    flag: 'utm-source',
    flagValue: 'S',
    help: 'the traffic source (utm_source)',
  },
  utmMedium: {
    methods: ['extended'],
    kind: 'utm',
    parameter: 'utmMedium',
    flag: 'utm-medium',
    flagValue: 'S',
    help: 'the channel (utm_medium)',
  },
  utmCampaign: {
    methods: ['extended'],
    kind: 'utm',
    parameter: 'utmCampaign',
    flag: 'utm-campaign',
    flagValue: 'S',
    help: 'the campaign (utm_campaign)',
  },
  utmTerm: {
    methods: ['extended'],
    kind: 'utm',
    parameter: 'utmTerm',
    flag: 'utm-term',
    flagValue: 'S',
    help: 'the keyword (utm_term)',
  },
  utmContent: {
    methods: ['extended'],
    kind: 'utm',
    parameter: 'utmContent',
    flag: 'utm-content',
    flagValue: 'S',
    help: 'the ad content (utm_content)',
  },
  clientId: {
    methods: ['extended'],
    kind: 'text',
    format: 'token',
    maxLength: 100,
    searchable: true,
    parameter: 'clientId',
    flag: 'client-id',
    flagValue: 'ID',
    help: 'Google Analytics client id (from the _ga cookie)',
  },
  userAgent: {
    methods: ['extended'],
    kind: 'text',
    format: 'line',
    maxLength: 1024,
    searchable: false,
    parameter: 'clientUserAgent',
    flag: 'user-agent',
    flagValue: 'UA',
    help: "the visitor's browser",
  },
} as const satisfies Record<string, FieldDescriptor>;

/** The table's type: each field's descriptor as written. */
export type Fields = typeof callbackFields;

/** The name of a callback form field. */
export type CallbackFieldName = keyof Fields;

/** The fields of one method's form. */
export type FieldOf<M extends CallbackMethod> = {
  [N in CallbackFieldName]: M extends Fields[N]['methods'][number] ? N : never;
}[CallbackFieldName];

/** The fields of one kind. */
export type FieldOfKind<K extends FieldDescriptor['kind']> = {
  [N in CallbackFieldName]: Fields[N]['kind'] extends K ? N : never;
}[CallbackFieldName];

/** The form fields that hold a party: a phone number, SIP login or scheme id. */
export type PartyField = FieldOfKind<'party'>;

/** Fields whose value is sent as typed, trimmed, when it is not empty. */
export type FreeTextField = FieldOfKind<'utm' | 'text' | 'ip'>;

/** The values a choice field allows. */
export type ChoiceValue<N extends FieldOfKind<'choice' | 'number-choice'>> = Fields[N]['values'][number];

/** The Ringostat parameter a field fills. */
export type ParameterOf<N extends CallbackFieldName> = Exclude<Fields[N]['parameter'], null>;

/** The fields in the table's order, each with its descriptor. */
export const fieldEntries = Object.entries(callbackFields) as [CallbackFieldName, FieldDescriptor][];

/** Whether a method's form has the field. */
export function isFieldOf(name: CallbackFieldName, method: CallbackMethod): boolean {
  const field: FieldDescriptor = callbackFields[name];
  return field.methods.includes(method);
}

/** A method's fields in the table's order. */
export function fieldsOf<M extends CallbackMethod>(method: M): FieldOf<M>[] {
  return fieldEntries.filter(([name]) => isFieldOf(name, method)).map(([name]) => name as FieldOf<M>);
}

/** The fields of some kinds, in the table's order. */
export function fieldsOfKind<K extends FieldDescriptor['kind']>(...kinds: K[]): FieldOfKind<K>[] {
  return fieldEntries
    .filter(([, field]) => (kinds as string[]).includes(field.kind))
    .map(([name]) => name as FieldOfKind<K>);
}

export const partyFields: readonly PartyField[] = fieldsOfKind('party');
export const freeTextFields: readonly FreeTextField[] = fieldsOfKind('utm', 'text', 'ip');

/** Fields besides the parties that history search finds an attempt by: the UTM labels and searchable text. */
export const searchableFields: readonly FreeTextField[] = freeTextFields.filter((name) => {
  const field: FieldDescriptor = callbackFields[name];
  return field.kind === 'utm' || (field.kind === 'text' && field.searchable);
});
