import { defaultTimeoutMs, inputLimits, timeoutRange } from '../contract/limits';
import { fieldFlagsHelp } from './field-flags';

/** 1000000 as 1,000,000, without asking Intl: its first use costs more than all of --help. */
const thousands = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, ',');

const common = `Common options:
  --country CC        default country for numbers written without a country code (default UA)
  --timeout SECONDS   give up waiting for an answer after this long: plain decimal seconds
                      from ${timeoutRange.minimum} to ${timeoutRange.maximum} (default ${defaultTimeoutMs / 1000})
  --dry-run           print the exact request (key redacted) and send nothing
  --json              print one JSON object: outcome, httpStatus, message, explanation, …
  --sandbox           use the embedded Ringostat simulator: no key needed, no real phone rings
  -h, --help          show this help

Environment (the Auth-key is never taken from a flag: flags show in process lists):
  RINGOSTAT_AUTH_KEY    the project's Auth-key
  RINGOSTAT_PROJECT_ID  the project id (--project-id wins)
  RINGOSTAT_API_URL     default https://api.ringostat.net; http only on 127.0.0.1 or localhost

Each flag is given once; a number, SIP login or scheme id is at most ${inputLimits.partyLength} characters.

Exit codes: 0 accepted, 2 invalid input or missing configuration (nothing sent),
3 rejected, 4 outcome unknown (check the call log), 5 not sent (could not connect).`;

// Each made only when asked for, and only `--help` asks: a command's own run needs none of it.
const helpTexts = {
  main: () => `callback-desk: place Ringostat callbacks and say honestly what came of them.

Usage:
  callback-desk simple    --extension N --destination N|SIP        the simple method
  callback-desk extended  --caller N|SIP --callee N|SIP|SCHEME …   the extended method
  callback-desk batch     --template FILE --values FILE [--gap S]   a run of callbacks, one at a time
  callback-desk calls     [--from T] [--to T] [--time-zone TZ]      read the call log
  callback-desk staff     [--project-id ID]                        list the project's employees
  callback-desk check                                              is the Auth-key valid? (places no call)
  callback-desk simulator [--port N]                               run the Ringostat simulator
  callback-desk <command> --help                                   options of one command

Numbers may be written as people write them: +38 (067) 111-22-33, 067 111 22 33, 380671112233.

${common}`,
  simple: () => `callback-desk simple: POST /callback/outward_call.

Usage:
  callback-desk simple --extension N --destination N|SIP [common options]

${fieldFlagsHelp('simple')}

${common}`,
  extended: () => `callback-desk extended: the JSON-RPC method Api\\V2\\Callback.external.

Usage:
  callback-desk extended --caller N|SIP --callee N|SIP|SCHEME [options] [common options]

${fieldFlagsHelp('extended', [['--project-id ID', 'the project id (default RINGOSTAT_PROJECT_ID)']])}

${common}`,
  batch: () => `callback-desk batch: a run of callbacks from a template and a file of values.

Usage:
  callback-desk batch --template FILE --values FILE [options] [--json] [--sandbox]

  --template FILE     a templates export (add --name NAME if it holds several), one template, or a form
  --values FILE       one value per line, or a CSV file (its first column; a header is skipped):
                      at most ${thousands(inputLimits.rows)} values of up to ${inputLimits.rowLength} characters, ${thousands(inputLimits.valuesLength)} characters in all.
                      A first line value,expect,expect_call gives each row expectations (see below)
  --column C          callee (default), caller, or destination for a simple-method template
  --gap S             seconds between calls: plain decimal, from 1 to 3600 (an hour; default 5)
  --stop-on-failure   stop after the first row that is not accepted
  --confirm N         required for a live project: the number of calls the run places (1 to ${thousands(inputLimits.rows)})
  --project-id ID     the project (default RINGOSTAT_PROJECT_ID)
  --country CC        default country for numbers (default UA)
  --report KIND:FILE  also write a report: junit:FILE (JUnit XML) or json:FILE; may be given
                      several times. Each file's folder is checked before anything is sent
  --mask-numbers      show phone numbers by their last four digits, in the output and the reports
  --json              print one JSON object with outcome, message and every row
  --sandbox           run against the embedded simulator
  -h, --help          show this help

Every row is checked before anything is sent; invalid rows are shown and not
sent. Each flag is given once, but for --report.

Expectations: with a header line naming the columns value, expect and
expect_call (in any order; comma, semicolon or tab), expect is accepted,
rejected, unknown or not-sent, and expect_call is the call-log ending as
Ringostat writes it (ANSWERED, NO ANSWER, BUSY…). A row with expect_call waits
for its call-log row to settle (at most 3 minutes) before the next is sent.
Each row is reported PASSED or FAILED with expected against actual; a row that
names no expectation counts as it always has. A header or an expectation that
cannot be read refuses the run: nothing is sent.

Ctrl+C (or SIGTERM) stops the run after the call in flight, never during it:
that call's answer is awaited, then every row's outcome is printed, the rows
never reached as SKIPPED. A second or later Ctrl+C does not cut the wait
short; it ends at the request's ${defaultTimeoutMs / 1000}-second timeout at the latest.

Exit codes: 0 every row accepted or as expected, 2 invalid input or invalid
rows (nothing sent for them), 3 a row rejected, 4 a row's outcome unknown
(check the call log), 5 a row not sent, 6 stopped by hand before the last row
(the rows printed as SKIPPED were not sent), 7 a row did not meet its
expectations, 1 a report could not be written. 3, 4, 5 and 2 come from rows
that name no expectation.`,
  calls: () => `callback-desk calls: GET /calls/list, the project's call log.

Usage:
  callback-desk calls [--from T] [--to T] [--time-zone TZ] [--json] [--sandbox]

  --from T, --to T   2026-11-26 09:30:00 or 2026-11-26 in the project's time, or an ISO time
                     with its offset (default: the last 24 hours)
  --time-zone TZ     the project's zone (default RINGOSTAT_TIME_ZONE, else Europe/Kyiv)
  --json             print one JSON object with outcome, httpStatus, message and rows
  --sandbox          read the embedded simulator's call log
  -h, --help         show this help

A field the project does not support is left out and the log read again.
Exit codes as for callbacks: 0 read, 2 invalid, 3 refused, 4 unknown, 5 not sent.`,
  staff: () => `callback-desk staff: the project's employees (getProjectStaffListAndDirections).

Usage:
  callback-desk staff [--project-id ID] [--json] [--sandbox]

  --project-id ID    the project (default RINGOSTAT_PROJECT_ID)
  --json             print one JSON object with outcome, httpStatus, message and staff
  --sandbox          the embedded simulator's demo staff
  -h, --help         show this help`,
  check: () => `callback-desk check: is the Auth-key valid? GET /sipstatus/online; no call is placed.

Usage:
  callback-desk check [--json] [--sandbox]

Exit codes: 0 valid, 2 missing configuration, 3 wrong key or no access, 4 unexpected answer,
5 could not connect.`,
};

/** Every command's help but the simulator's, which names its scenarios and so comes with it. */
export type HelpTopic = keyof typeof helpTexts;

export function helpText(topic: HelpTopic): string {
  return helpTexts[topic]();
}
