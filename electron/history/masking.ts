import { partyFields, type PartyField } from '../contract/callback-fields';
import { mapStrings, type Text, type Words } from '../contract/i18n/text';
import type { CallbackFormInput } from '../contract/schemas';
import type { HttpAnswer, HttpRequest } from '../contract/callback-types';

/*
 * Masking hides phone numbers by field, never by a pattern over text: a
 * history entry's id, a request id or a duration is digits too, and must stay
 * as it is. The fields that hold a party (caller, callee, extension,
 * destination, the parties of a call-log row, a run's values) are masked to
 * their last four digits; where one of those numbers also sits inside a text
 * (the request as sent, the answer, a message), exactly that number is
 * replaced, in whatever form it was typed, sent or logged.
 */

/** A number keeps only its last four digits: `+38 067 111 22 33` is shown as `••••••••2233`. */
export function maskNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 4) return value;
  return `${'•'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** A party that is not a phone number: a SIP login starts with a letter. Scheme ids are told apart by the form. */
function isSipLogin(value: string): boolean {
  return /^[A-Za-z]/.test(value.trim());
}

/** Whether an extended form's callee is a forwarding scheme id, not a party to ring. */
export function calleeIsScheme(form: CallbackFormInput | undefined): boolean {
  return form?.method === 'extended' && form.calleeType === 'scheme';
}

/** A party field's value as shown: a phone number masked, a SIP login or scheme id as it is. */
export function maskParty(value: string, isScheme = false): string {
  return isScheme || isSipLogin(value) ? value : maskNumber(value);
}

/**
 * The numbers of one record (an attempt, a run's row), and how to hide them
 * wherever they sit. Only these numbers are replaced, never a run of digits
 * that merely looks like one.
 */
export class NumberMask {
  private readonly occurrences = new Set<string>();
  private pattern: RegExp | null = null;

  /** Adds a party value: a phone number is known as written and as its digits; anything else is ignored. */
  add(value: string | number | boolean | null | undefined, isScheme = false): this {
    if (typeof value !== 'string' && typeof value !== 'number') return this;
    const written = String(value).trim();
    if (isScheme || isSipLogin(written)) return this;
    const digits = written.replace(/\D/g, '');
    if (digits.length <= 4) return this;
    this.occurrences.add(written);
    this.occurrences.add(digits);
    this.pattern = null;
    return this;
  }

  /** A text with each known number in it masked. */
  text(value: string): string {
    if (this.occurrences.size === 0) return value;
    this.pattern ??= new RegExp(
      // Longest first, so a number is replaced whole rather than by a shorter form inside it;
      // never a part of a longer run of digits, which is another number.
      `(?<!\\d)(?:${[...this.occurrences]
        .sort((a, b) => b.length - a.length)
        .map((occurrence) => occurrence.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
        .join('|')})(?!\\d)`,
      'g',
    );
    return value.replace(this.pattern, (found) => maskNumber(found));
  }

  message(value: Text): Text {
    return mapStrings(value, (item) => this.text(item));
  }

  words(value: Words): Words {
    return typeof value === 'string' ? this.text(value) : this.message(value);
  }

  request(request: HttpRequest): HttpRequest {
    return {
      method: request.method,
      url: this.text(request.url),
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, this.text(value)]),
      ),
      body: this.text(request.body),
    };
  }

  answer(answer: HttpAnswer | null): HttpAnswer | null {
    return answer && { ...answer, body: this.text(answer.body) };
  }

  /** A form with its party fields masked and its other words cleared of the known numbers. */
  form(form: CallbackFormInput): CallbackFormInput {
    const masked: Record<string, unknown> = { ...form };
    for (const [name, value] of Object.entries(form)) {
      if (name === 'method' || typeof value !== 'string') continue;
      masked[name] = isPartyField(name) ? maskParty(value, isSchemeIn(form, name)) : this.text(value);
    }
    // Only string values changed, each to a string: the form keeps its shape.
    return masked as CallbackFormInput;
  }

  /** Adds a form's party values as typed. */
  addForm(form: CallbackFormInput | undefined): this {
    if (form === undefined) return this;
    const parties = form as Partial<Record<PartyField, string>>;
    for (const field of partyFields) this.add(parties[field], isSchemeIn(form, field));
    return this;
  }
}

/** The party fields of a form that masking hides: those holding a phone number. */
export function maskedFieldsOf(form: CallbackFormInput): PartyField[] {
  return partyFields.filter((field) => {
    const value = (form as Partial<Record<PartyField, string>>)[field];
    if (value === undefined) return false;
    return maskParty(value, isSchemeIn(form, field)) !== value;
  });
}

function isPartyField(name: string): name is PartyField {
  return (partyFields as readonly string[]).includes(name);
}

/** Whether a form's party field holds a forwarding scheme id rather than a party to ring. */
function isSchemeIn(form: CallbackFormInput, field: PartyField): boolean {
  return field === 'callee' && calleeIsScheme(form);
}
