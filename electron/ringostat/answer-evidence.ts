/**
 * What a 2xx body says about a callback, read strictly: only a plain yes
 * counts as yes. Ringostat publishes no success body, so anything that is
 * not clearly yes or clearly no stays "unknown" rather than guessed.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An `error` with content, `status: error|fail|failed` or `success: false`: the server's way of saying no. */
export function refusalIn(json: Record<string, unknown>): boolean {
  const error = json.error;
  if (error !== undefined && error !== null && error !== false && error !== '') return true;
  const status = typeof json.status === 'string' ? json.status.toLowerCase() : '';
  return status === 'error' || status === 'fail' || status === 'failed' || json.success === false;
}

/** The simple method's body says no: a refusal, `result: false`, or a bare `false`. */
export function saysNo(json: unknown): boolean {
  if (json === false) return true;
  return isObject(json) && (refusalIn(json) || json.result === false);
}

/** The simple method's body plainly says yes: `true`, `result: true`, `success: true`, `status: ok|success`. */
export function saysYes(json: unknown): boolean {
  if (json === true) return true;
  if (!isObject(json)) return false;
  const status = typeof json.status === 'string' ? json.status.toLowerCase() : '';
  return json.result === true || json.success === true || status === 'ok' || status === 'success';
}

const negativeWords = new Set(['', 'false', '0', 'null', 'no']);
const errorWords = new Set(['error', 'fail', 'failed']);

/**
 * Whether a JSON-RPC `result` is positive evidence that the call was placed.
 * `false`, `null`, `0`, `""`, `{}`, `[]` are no evidence; an object shaped
 * like an error (or a word such as "error") reports one.
 */
export function resultEvidence(result: unknown): 'yes' | 'none' | 'error' {
  if (result === true) return 'yes';
  if (typeof result === 'number') return Number.isFinite(result) && result > 0 ? 'yes' : 'none';
  if (typeof result === 'string') {
    const word = result.trim().toLowerCase();
    if (errorWords.has(word)) return 'error';
    return negativeWords.has(word) ? 'none' : 'yes';
  }
  if (Array.isArray(result)) return result.length > 0 ? 'yes' : 'none';
  if (isObject(result)) {
    if (saysNo(result)) return 'error';
    return Object.keys(result).length > 0 ? 'yes' : 'none';
  }
  return 'none';
}
