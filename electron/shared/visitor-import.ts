import { text as words, type Text } from '../contract/i18n/text';
import { inputLimits } from '../contract/limits';
import type { ExtendedCallbackForm } from '../contract/callback-types';

/** Fields that visitor data can fill in the extended form. */
export type VisitorFields = Partial<
  Pick<
    ExtendedCallbackForm,
    'utmSource' | 'utmMedium' | 'utmCampaign' | 'utmTerm' | 'utmContent' | 'clientId'
  >
>;

export interface VisitorImport {
  fields: VisitorFields;
  /** What was recognised, in words: "a landing-page URL", "a _ga cookie". */
  found: Text[];
  /** Why nothing (or not everything) could be read. */
  problems: Text[];
}

const utmKeys: Record<string, keyof VisitorFields> = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_term: 'utmTerm',
  utm_content: 'utmContent',
  utmsource: 'utmSource',
  utmmedium: 'utmMedium',
  utmcampaign: 'utmCampaign',
  utmterm: 'utmTerm',
  utmcontent: 'utmContent',
  source: 'utmSource',
  medium: 'utmMedium',
  campaign: 'utmCampaign',
  term: 'utmTerm',
  content: 'utmContent',
};

/**
 * Reads what a person pasted: a landing-page URL with utm_* parameters, a
 * `_ga` cookie (`GA1.2.111111111.2222222222` gives client id
 * `111111111.2222222222`), an `rngst2` cookie value, or a Cookie header
 * holding either. Nothing is applied here: the caller shows it first.
 * At most 8,192 characters (`inputLimits.visitorLength`) are read.
 */
export function readVisitorData(pasted: string): VisitorImport {
  const text = pasted.trim();
  const result: VisitorImport = { fields: {}, found: [], problems: [] };
  if (text === '') return { ...result, problems: [words('visitor.pasteSomething')] };
  // Read on every keystroke: a paste longer than any URL or Cookie header is refused before it is parsed.
  if (text.length > inputLimits.visitorLength)
    return {
      ...result,
      problems: [words('visitor.tooLong', { length: text.length, max: inputLimits.visitorLength })],
    };

  const cookies = cookiePairs(text);
  if (cookies) {
    for (const [name, value] of cookies) {
      if (name === '_ga') readGa(value, result);
      else if (name === 'rngst2') readRngst2(value, result);
    }
    if (result.found.length === 0) result.problems.push(words('visitor.noCookies'));
    return result;
  }
  if (/^https?:\/\//i.test(text)) {
    readUrl(text, result);
    return result;
  }
  if (/^GA\d\.\d+\./.test(text)) {
    readGa(text, result);
    return result;
  }
  readRngst2(text, result);
  return result;
}

function readUrl(text: string, result: VisitorImport): void {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    result.problems.push(words('visitor.notUrl'));
    return;
  }
  const before = Object.keys(result.fields).length;
  applyParams(url.searchParams, result.fields);
  if (Object.keys(result.fields).length > before) result.found.push(words('visitor.foundUtmUrl'));
  else result.problems.push(words('visitor.noUtm'));
}

/** `_ga` is `GA1.<depth>.<random>.<timestamp>`: the client id is the last two parts. */
function readGa(value: string, result: VisitorImport): void {
  const match = /^GA\d\.\d+\.(\d+\.\d+)$/.exec(decode(value).trim());
  if (match?.[1]) {
    result.fields.clientId = match[1];
    result.found.push(words('visitor.foundGa'));
  } else {
    result.problems.push(words('visitor.badGa'));
  }
}

/**
 * `rngst2` is written by Ringostat's number-substitution script; its inside
 * is not documented, so both shapes seen in the wild are read: URL-encoded
 * JSON with utm keys, or a query string.
 */
function readRngst2(value: string, result: VisitorImport): void {
  const decoded = decode(decode(value)).trim();
  const before = Object.keys(result.fields).length;
  try {
    const json = JSON.parse(decoded) as unknown;
    if (typeof json === 'object' && json !== null)
      collectFromObject(json as Record<string, unknown>, result.fields);
  } catch {
    applyParams(new URLSearchParams(decoded.replace(/^\?/, '')), result.fields);
  }
  if (Object.keys(result.fields).length > before) result.found.push(words('visitor.foundRngst2'));
  else result.problems.push(words('visitor.noRngst2Labels'));
}

function collectFromObject(object: Record<string, unknown>, fields: VisitorFields): void {
  for (const [key, value] of Object.entries(object)) {
    if (typeof value === 'object' && value !== null)
      collectFromObject(value as Record<string, unknown>, fields);
    const field = utmKeys[key.toLowerCase()];
    if (field && typeof value === 'string' && value.trim() !== '' && field !== 'clientId')
      fields[field] ??= value.trim();
  }
}

function applyParams(params: URLSearchParams, fields: VisitorFields): void {
  for (const [key, value] of params) {
    const field = key.toLowerCase().startsWith('utm') ? utmKeys[key.toLowerCase()] : undefined;
    if (field && value.trim() !== '') fields[field] ??= value.trim();
  }
}

/** `name=value; name2=value2`, as in a Cookie header; null when the text is not that. */
function cookiePairs(text: string): [string, string][] | null {
  const cleaned = text.replace(/^cookie:\s*/i, '');
  if (!/(^|;\s*)(_ga|rngst2)=/.test(cleaned)) return null;
  return cleaned
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()]);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
