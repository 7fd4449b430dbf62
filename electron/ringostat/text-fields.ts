import { text as words, type Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';

// Control characters would break a header or a log line; they never belong in these fields.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** Free text such as a UTM value: trimmed, bounded, one line. Empty means "not sent". */
export function optionalText(raw: string | undefined, maxLength: number): Result<string | undefined, Text> {
  const text = raw?.trim() ?? '';
  if (text === '') return ok(undefined);
  if (controlCharacters.test(text)) return fail(words('textField.oneLine'));
  if (text.length > maxLength)
    return fail(words('textField.tooLong', { length: text.length, max: maxLength }));
  return ok(text);
}

/** A token such as a Google Analytics client id: no spaces at all. */
export function optionalToken(raw: string | undefined, maxLength: number): Result<string | undefined, Text> {
  const text = optionalText(raw, maxLength);
  if (text.ok && text.value !== undefined && /\s/.test(text.value)) {
    return fail(words('textField.noSpaces'));
  }
  return text;
}

/** An IPv4 or IPv6 address, as the visitor's `clientIp`. */
export function optionalIpAddress(raw: string | undefined): Result<string | undefined, Text> {
  const text = raw?.trim() ?? '';
  if (text === '') return ok(undefined);
  if (isIpv4(text) || isIpv6(text)) return ok(text);
  return fail(words('textField.notIp', { value: text.slice(0, 45) }));
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

function isIpv6(text: string): boolean {
  if (!text.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  try {
    // The URL parser implements the full IPv6 grammar in Node and in browsers alike.
    new URL(`http://[${text}]/`);
    return true;
  } catch {
    return false;
  }
}
