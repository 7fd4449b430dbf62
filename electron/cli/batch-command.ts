import { text } from '../contract/i18n/text';
import type { CountryCode } from 'libphonenumber-js/max';
import { planBatch } from '../batch/batch-plan';
import type { BatchColumn } from '../contract/batch-types';
import { maskBatchRows, maskRow, maskRowMessage } from '../batch/batch-masking';
import { BatchRun, realClock, type FollowCall } from '../batch/batch-run';
import { callLogTiming, followCallLog } from '../callbacks/call-log-look';
import type { PlacedAttempt } from '../ringostat/call-log-match';
import type { ApiTarget } from '../ringostat/client';
import { defaultTimeoutMs, sendCallback } from '../ringostat/client';
import { defaultCountry, parseCountry } from '../ringostat/party';
import { prepareCallback } from '../ringostat/prepare';
import { isTimeZone } from '../ringostat/project-time';
import type { PreparedCallback } from '../contract/callback-types';
import { parseRunSheet } from '../shared/run-sheet';
import { sandbox } from '../simulator/sandbox';
import type { ParsedValues } from './args';
import { readReportSpecs, readTemplate, readText, valuesFileLimit } from './batch-files';
import { batchJson, describeRows, exitCodeOf, summary } from './batch-report';
import { writeRunReports } from './batch-run-reports';
import type { CliContext } from './context';
import { type CliProblem, english, reportInvalid } from './output';
import { sandboxTarget } from '../simulator/scenario-address';
import { withTarget } from './target';

/** `batch`: a template and a file of values, checked first, then sent one at a time with a gap. */
export async function runBatchCommand(values: ParsedValues, context: CliContext): Promise<number> {
  const json = values.json === true;
  const useSandbox = values.sandbox === true;
  const mask = values['mask-numbers'] === true;
  const errors: CliProblem[] = [];
  const template = readTemplate(values.template, values.name);
  if (!template.ok) errors.push({ field: 'template', message: `--template: ${template.error}` });
  const valueText = readText(values.values, '--values', valuesFileLimit);
  const sheet = valueText.ok ? parseRunSheet(valueText.value) : valueText;
  if (!sheet.ok) {
    const problem = sheet.error;
    errors.push({ field: 'values', message: typeof problem === 'string' ? problem : english(problem) });
  }
  let country: CountryCode = defaultCountry;
  if (typeof values.country === 'string') {
    const parsed = parseCountry(values.country);
    if (parsed.ok) country = parsed.value;
    else errors.push({ field: 'country', message: `--country: ${english(parsed.error)}` });
  }
  const reports = readReportSpecs(values.report);
  if (!reports.ok) errors.push(...reports.error.map((message) => ({ field: 'report', message })));
  // The call log is read in the project's zone, as `calls` reads it; only a row that expects an ending reads it.
  const timeZone = useSandbox ? sandbox.timeZone : context.env.RINGOSTAT_TIME_ZONE?.trim() || 'Europe/Kyiv';
  const readsCallLog = sheet.ok && sheet.value.rows.some((row) => row.expect?.call);
  if (readsCallLog && !isTimeZone(timeZone))
    errors.push({
      field: 'environment',
      message: `RINGOSTAT_TIME_ZONE “${timeZone.slice(0, 40)}” is not a time zone this system knows: set it to the project's zone, such as Europe/Kyiv.`,
    });
  // Each flag's rule has already checked the gap's range and the column's choices.
  const gapMs = typeof values.gap === 'number' ? Math.round(values.gap * 1000) : 5_000;
  const column = (typeof values.column === 'string' ? values.column : 'callee') as BatchColumn;
  if (errors.length > 0 || !template.ok || !sheet.ok || !reports.ok)
    return reportInvalid(context, errors, json);

  const projectId =
    (typeof values['project-id'] === 'string' ? values['project-id'] : '') ||
    (useSandbox ? sandbox.projectId : (context.env.RINGOSTAT_PROJECT_ID ?? ''));
  const planned = planBatch(template.value.form, column, sheet.value.rows, {
    country,
    projectId,
    blocklist: [],
  });
  if (!planned.ok) return reportInvalid(context, [{ field: 'values', message: planned.error }], json);
  const rows = planned.value;
  const valid = rows.filter((row) => row.error === null).length;
  const say = (text: string) => (json ? undefined : context.io.err(text));
  // With --mask-numbers a row is named by its masked value everywhere, progress lines included.
  const named = mask ? rows.map(maskRow) : rows;
  const label = (index: number) => `${index} (${named[index - 1]?.value ?? ''})`;
  for (const row of named)
    if (row.error) say(`Row ${label(row.index)} will not be sent: ${english(row.error)}`);
  if (valid === 0)
    return reportInvalid(
      context,
      [{ field: 'values', message: 'No row is valid: nothing would be sent.' }],
      json,
    );
  if (!useSandbox && values.confirm !== valid) {
    return reportInvalid(
      context,
      [
        {
          field: 'confirm',
          message: `This run places ${valid} real call(s). Add --confirm ${valid} to place them.`,
        },
      ],
      json,
    );
  }

  return withTarget(context, { sandbox: useSandbox, json }, async (target, sandboxed) => {
    if (context.stops.count() > 0)
      return reportInvalid(
        context,
        [{ field: 'flags', message: 'Stopped by hand before the first row: nothing was sent.' }],
        json,
      );
    say(`Sending ${valid} callback(s), one every ${gapMs / 1000} s. Ctrl+C stops after the call in flight.`);
    const attempts = new Map<number, PlacedAttempt>();
    const follow: FollowCall = async (row, _sent, stopped) => {
      const attempt = attempts.get(row.index);
      if (!attempt) return { status: 'unchecked', ending: null, message: null };
      say(
        `Row ${label(row.index)}: waiting for its call-log row to settle (at most ${callLogTiming.limitMs / 60_000} minutes)…`,
      );
      return followRow(target, context, attempt, timeZone, useSandbox, stopped);
    };
    const run = new BatchRun(
      'cli',
      rows,
      { gapMs, stopOnFailure: values['stop-on-failure'] === true, followCall: follow },
      async (row) => {
        say(`Row ${label(row.index)}: sending…`);
        const prepared = prepareCallback(
          row.form.method === 'extended' ? { ...row.form, projectId } : row.form,
          country,
        );
        if (!prepared.ok)
          return {
            ok: false,
            error: {
              message: text('words.sentences', { items: prepared.error.map((error) => error.message) }),
            },
          };
        attempts.set(row.index, attemptOf(prepared.value, Date.now()));
        const destination = sandboxed ? sandboxTarget(target, prepared.value) : target;
        const result = await sendCallback(prepared.value, destination, { transport: context.transport });
        const message = mask ? maskRowMessage(row, result.message) : result.message;
        say(`Row ${label(row.index)}: ${result.outcome.toUpperCase()}: ${english(message)}`);
        return { ok: true, value: { ...result, historyId: '', historyWarning: null } };
      },
    );
    // Every Ctrl+C (or SIGTERM) is answered, none cuts the call in flight short: its outcome is printed with the rest.
    const release = context.stops.hold((count) => {
      run.stop();
      const busy = run.snapshot().rows.find((row) => row.state === 'sending');
      const inFlight = busy ? `row ${label(busy.index)}` : null;
      if (count === 1)
        context.io.err(
          inFlight
            ? `Stopping: no further row is sent. Waiting for the answer to ${inFlight}, then every row's outcome is printed.`
            : 'Stopping: no further row is sent.',
        );
      else if (inFlight)
        context.io.err(
          `Still waiting for the answer to ${inFlight} (at most ${defaultTimeoutMs / 1000} s), so its outcome is not lost. Ctrl+C again does not cut it short.`,
        );
    });
    try {
      await run.done;
    } finally {
      release();
    }
    const snapshot = mask ? maskBatchRows(run.snapshot()) : run.snapshot();
    if (json) context.io.out(batchJson(snapshot));
    else context.io.out([...describeRows(snapshot), summary(snapshot)].join('\n'));
    const code = exitCodeOf(snapshot);
    const unwritten = writeRunReports(reports.value, {
      snapshot,
      requests: run.sentRequests(),
      rows,
      mask,
      name: template.value.name,
      target: useSandbox ? 'simulator' : 'ringostat',
      column,
      exitCode: code,
    });
    for (const problem of unwritten) context.io.err(problem);
    return unwritten.length > 0 ? 1 : code;
  });
}

/** Follows one sent row's call into the log, as the history would, bounded by the same limits. */
async function followRow(
  target: ApiTarget,
  context: CliContext,
  attempt: PlacedAttempt,
  timeZone: string,
  simulator: boolean,
  stopped: Promise<void>,
) {
  const followed = await followCallLog({
    target,
    transport: context.transport,
    attempt,
    timeZone,
    intervalMs: simulator ? callLogTiming.intervalMs.simulator : callLogTiming.intervalMs.live,
    sleep: realClock.sleep,
    stopped,
  });
  // Only a settled row says how the call ended: one seen while it rang is not an ending.
  const ending = followed.status === 'final' ? followed.row?.disposition : null;
  return {
    status: followed.status === 'stopped' ? ('unchecked' as const) : followed.status,
    ending: typeof ending === 'string' && ending !== '' ? ending : null,
    message: followed.message,
  };
}

/** What the call-log search needs of a sent callback: its parties as sent, and when. */
function attemptOf(callback: PreparedCallback, sentAtMs: number): PlacedAttempt {
  return callback.method === 'simple'
    ? {
        sentAtMs,
        method: 'simple',
        caller: callback.params.extension,
        callee: callback.params.destination,
        calleeIsScheme: false,
      }
    : {
        sentAtMs,
        method: 'extended',
        caller: callback.params.caller,
        callee: callback.params.callee,
        calleeIsScheme: callback.parties.callee.kind === 'scheme',
      };
}
