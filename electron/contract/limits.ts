/**
 * How much input the app takes, in one place. Every entry point (the form
 * and its IPC schemas, runs, the command line and its files, visitor
 * import) checks these lengths before any parsing, so no input can keep the
 * main process busy, and over a limit the person is told which one.
 */
export const inputLimits = {
  /** A typed phone number, SIP login or scheme id. */
  partyLength: 64,
  /** One value of a run (one line of typed values, or the first cell of a CSV line). */
  rowLength: 256,
  /** The values of one run. At the default 5-second gap, a run of this many takes seven hours. */
  rows: 5_000,
  /** All the values of one run as typed, pasted or read from a file. */
  valuesLength: 1_000_000,
  /** What can be pasted into visitor import: a landing-page URL or a whole Cookie header. */
  visitorLength: 8_192,
  /** Any other text the app takes: a name, a note, a UTM value. */
  textLength: 2_000,
} as const;

/** How long a request waits for its answer unless told otherwise. */
export const defaultTimeoutMs = 15_000;

/** The seconds a request may be told to wait (`--timeout`): said in --help, the README and every error. */
export const timeoutRange = { minimum: 1, maximum: 120 } as const;

/** The gap between the calls of a run: at least a second, at most an hour. */
export const gapLimits = { minimumMs: 1_000, maximumMs: 3_600_000 } as const;

/**
 * Reads plain decimal notation (`15`, `2.5`), nothing else: no hex, binary,
 * exponent, sign or blank, which `Number()` would all take. Null otherwise.
 */
export function readPlainDecimal(written: string): number | null {
  return /^\d{1,9}(\.\d{1,6})?$/.test(written) ? Number(written) : null;
}

/** A whole number in plain decimal digits, or null. */
export function readWholeNumber(written: string): number | null {
  return /^\d{1,9}$/.test(written) ? Number(written) : null;
}
