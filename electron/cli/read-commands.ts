import { text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';
import type { CallLogRow } from '../contract/read-types';
import { checkConnection } from '../ringostat/connection-check';
import { isTimeZone, readProjectTime, windowEdge } from '../ringostat/project-time';
import { fetchCallLog, fetchStaff, type ReadFailure } from '../ringostat/read-api';
import { sandbox } from '../simulator/sandbox';
import type { ParsedValues } from './args';
import type { CliContext } from './context';
import { type CliProblem, english, exitCodes, reportInvalid } from './output';
import { withTarget } from './target';

const failureCodes: Record<ReadFailure['outcome'], number> = {
  rejected: exitCodes.rejected,
  unknown: exitCodes.unknown,
  'not-sent': exitCodes['not-sent'],
};

/** Prints a failed read the same way the callback commands print an outcome. */
function reportFailure(context: CliContext, failure: ReadFailure, json: boolean): number {
  if (json)
    context.io.out(
      JSON.stringify({
        outcome: failure.outcome,
        httpStatus: failure.httpStatus,
        message: english(failure.message),
      }),
    );
  else context.io.out(`${failure.outcome.toUpperCase().replace('-', ' ')}: ${english(failure.message)}`);
  return failureCodes[failure.outcome];
}

/** `check`: is the key valid? Places no call. */
export async function runCheckCommand(values: ParsedValues, context: CliContext): Promise<number> {
  const json = values.json === true;
  return withTarget(context, { sandbox: values.sandbox === true, json }, async (target) => {
    const check = await checkConnection(target, context.transport);
    const codes = {
      valid: 0,
      'wrong-key': exitCodes.rejected,
      'no-access': exitCodes.rejected,
      unreachable: exitCodes['not-sent'],
      unexpected: exitCodes.unknown,
    };
    context.io.out(
      json
        ? JSON.stringify({
            outcome: check.status,
            httpStatus: check.httpStatus,
            message: english(check.message),
          })
        : english(check.message),
    );
    return codes[check.status];
  });
}

/** `staff`: the project's employees, their SIP logins and numbers. */
export async function runStaffCommand(values: ParsedValues, context: CliContext): Promise<number> {
  const json = values.json === true;
  const useSandbox = values.sandbox === true;
  const projectId =
    (typeof values['project-id'] === 'string' ? values['project-id'] : '') ||
    (useSandbox ? sandbox.projectId : (context.env.RINGOSTAT_PROJECT_ID ?? ''));
  if (!/^\d{1,12}$/.test(projectId.trim())) {
    return reportInvalid(
      context,
      [
        {
          field: 'projectId',
          message: projectId
            ? `Project id “${projectId.slice(0, 20)}” is not digits only.`
            : 'Project id is required to read the staff.',
        },
      ],
      json,
    );
  }
  return withTarget(context, { sandbox: useSandbox, json }, async (target) => {
    const staff = await fetchStaff(target, context.transport, projectId.trim());
    if (!staff.ok) return reportFailure(context, staff.error, json);
    if (json) {
      context.io.out(
        JSON.stringify({
          outcome: 'ok',
          httpStatus: 200,
          message: `${staff.value.length} employee(s).`,
          staff: staff.value,
        }),
      );
    } else {
      for (const person of staff.value) {
        const sips = person.sipLogins.map(
          (sip) => `${sip.login}${sip.online === null ? '' : sip.online ? ' (online)' : ' (offline)'}`,
        );
        context.io.out(
          [
            person.name || english(text('staff.unnamed', { id: person.id })),
            person.department,
            ...sips,
            ...person.numbers,
          ]
            .filter(Boolean)
            .join(' · '),
        );
      }
      if (staff.value.length === 0) context.io.out('No employees.');
    }
    return 0;
  });
}

/** `calls`: the call log for a time window, in the project's zone. */
export async function runCallsCommand(values: ParsedValues, context: CliContext): Promise<number> {
  const json = values.json === true;
  const useSandbox = values.sandbox === true;
  const zone =
    (typeof values['time-zone'] === 'string' ? values['time-zone'] : '') ||
    (useSandbox ? sandbox.timeZone : (context.env.RINGOSTAT_TIME_ZONE ?? '')) ||
    'Europe/Kyiv';
  const errors: CliProblem[] = [];
  if (!isTimeZone(zone))
    errors.push({
      field: 'timeZone',
      message: `Time zone “${zone.slice(0, 40)}” is not known: use a name like Europe/Kyiv.`,
    });
  const now = Date.now();
  const from = readTime(values.from, zone, now - 86_400_000, 'from');
  const to = readTime(values.to, zone, now, 'to');
  if (!from.ok) errors.push(from.error);
  if (!to.ok) errors.push(to.error);
  if (from.ok && to.ok && from.value > to.value)
    errors.push({ field: 'timeout', message: '--from is after --to.' });
  if (errors.length > 0 || !from.ok || !to.ok) return reportInvalid(context, errors, json);
  return withTarget(context, { sandbox: useSandbox, json }, async (target) => {
    const log = await fetchCallLog(target, context.transport, {
      from: new Date(from.value),
      to: new Date(to.value),
      timeZone: zone,
    });
    if (!log.ok) return reportFailure(context, log.error, json);
    const { rows, fields } = log.value;
    if (json) {
      context.io.out(
        JSON.stringify({ outcome: 'ok', httpStatus: 200, message: `${rows.length} call(s).`, fields, rows }),
      );
    } else {
      for (const row of rows) context.io.out(describeRow(row));
      context.io.out(`${rows.length} call(s).`);
    }
    return 0;
  });
}

function describeRow(row: CallLogRow): string {
  const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
  const durations = row.duration === undefined ? '' : `${text(row.duration)} s (talk ${text(row.billsec)} s)`;
  const labels = ['utm_source', 'utm_medium', 'utm_campaign']
    .map((field) => text(row[field]))
    .filter(Boolean)
    .join('/');
  return [
    text(row.calldate),
    text(row.call_type),
    `${text(row.caller)} → ${text(row.dst)}`,
    text(row.disposition),
    durations,
    labels,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD` in the project's zone, or an ISO time
 * with its own offset. A project time the clocks repeat counts both times (the
 * window opens at the first and closes after the second); one they skip is refused.
 */
function readTime(
  value: ParsedValues[string],
  zone: string,
  fallback: number,
  edge: 'from' | 'to',
): Result<number, CliProblem> {
  if (typeof value !== 'string') return ok(fallback);
  const flag = `--${edge}`;
  const text = value.trim();
  const local = isTimeZone(zone)
    ? readProjectTime(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text} 00:00:00` : text, zone)
    : null;
  if (local !== null) {
    const instant = windowEdge(local, edge);
    if (instant !== null) return ok(instant);
    return fail({
      field: 'timeout',
      message: `${flag} ${text} never happens in ${zone}: the clocks skip it. Give a time before or after the change.`,
    });
  }
  if (/T.*(Z|[+-]\d{2}:?\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))) return ok(Date.parse(text));
  return fail({
    field: 'timeout',
    message: `${flag} must look like 2026-11-26 09:30:00 (project time) or an ISO time with its offset.`,
  });
}
