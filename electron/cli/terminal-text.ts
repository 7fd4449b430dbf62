/**
 * Control characters but the line break (C0, DEL, C1), and the invisible
 * characters that reorder or break a line: bidi marks, embeddings,
 * overrides and isolates, and the Unicode line and paragraph separators.
 */
const unsafe =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * What the command line prints, made harmless for a terminal: text from a
 * flag, a values file or a server's answer cannot move the cursor, recolour
 * or retitle the terminal, or make a line read other than it is. ESC shows
 * as `\x1b`; the characters past ASCII as `\u202e`, which is also how JSON
 * writes them, so `--json` output stays valid JSON that reads back the same.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(unsafe, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x20
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
