import { formatRequest } from '../shared/redact';
import type { ExportedRow } from './batch-export';

/** What a JUnit report says of the run as a whole. */
export interface JunitRun {
  /** The suite's name: the template, or the run's own name. */
  name: string;
  id: string;
  startedAt: string;
  endedAt: string | null;
  /** Shown as the suite's properties: profile, column, status… */
  properties: Record<string, string>;
}

/**
 * A run as a JUnit XML report: one `testsuite` per run, one `testcase` per
 * row, a `failure` with expected against actual where a row did not hold, a
 * `skipped` for a row the run never reached, and in `system-out` the request
 * exactly as sent (key redacted; numbers masked when the rows are).
 */
export function runToJunit(run: JunitRun, rows: ExportedRow[]): string {
  const failures = rows.filter((row) => row.verdict === 'failed').length;
  const skipped = rows.filter((row) => row.verdict === 'skipped' || row.verdict === 'pending').length;
  const seconds = run.endedAt === null ? 0 : (Date.parse(run.endedAt) - Date.parse(run.startedAt)) / 1000;
  const counts = { tests: rows.length, failures, errors: 0, skipped };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'callback-desk', ...counts, time: seconds.toFixed(3) })}>`,
    `  <testsuite${attributes({ name: run.name, id: run.id, ...counts, timestamp: run.startedAt, time: seconds.toFixed(3) })}>`,
    '    <properties>',
    ...Object.entries(run.properties).map(
      ([name, value]) => `      <property${attributes({ name, value })}/>`,
    ),
    '    </properties>',
    ...rows.flatMap((row) => testcase(run.name, row)),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function testcase(suite: string, row: ExportedRow): string[] {
  const time = ((row.latencyMs ?? 0) / 1000).toFixed(3);
  const open = `    <testcase${attributes({ classname: suite, name: `row ${row.row}: ${row.value}`, time })}>`;
  const body: string[] = [];
  if (row.verdict === 'failed') {
    const summary = row.mismatch ?? row.message ?? row.outcome ?? '';
    body.push(
      `      <failure${attributes({ type: row.explicit ? 'expectation' : 'outcome', message: summary })}>${escape(failureText(row), false)}</failure>`,
    );
  } else if (row.verdict === 'skipped' || row.verdict === 'pending') {
    body.push(
      `      <skipped${attributes({ message: row.verdict === 'skipped' ? 'the run ended before this row; nothing was sent for it' : 'not done yet' })}/>`,
    );
  }
  body.push(`      <system-out>${escape(systemOut(row), false)}</system-out>`);
  return [open, ...body, '    </testcase>'];
}

/** Expected against actual, one line each. */
function failureText(row: ExportedRow): string {
  const expected = [`outcome: ${row.expect ?? (row.explicit ? 'any' : 'accepted')}`];
  if (row.expectCall) expected.push(`call-log ending: ${row.expectCall}`);
  const actual = [`outcome: ${row.outcome ?? 'none'}`];
  if (row.expectCall) actual.push(`call-log ending: ${row.callLog ?? 'none'}`);
  return [
    `Expected ${expected.join(', ')}`,
    `Actual ${actual.join(', ')}`,
    row.mismatch ?? row.message ?? '',
  ].join('\n');
}

/** The request as sent, then what came of it. */
function systemOut(row: ExportedRow): string {
  const facts = [
    row.outcome
      ? `Outcome: ${row.outcome}${row.httpStatus === null ? '' : ` (HTTP ${row.httpStatus})`}`
      : null,
    row.sentAt ? `Sent at: ${row.sentAt}` : null,
    row.message ? `Message: ${row.message}` : null,
    row.callLog ? `Call log: ${row.callLog}` : null,
  ].filter((fact) => fact !== null);
  const request = row.request ? formatRequest(row.request) : 'No request was sent for this row.';
  return `${request}\n\n${facts.join('\n')}`;
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('');
}

/**
 * Text fit for XML 1.0: the special characters as entities (quotes only in
 * an attribute, so a request's JSON reads as sent), and characters XML
 * cannot hold at all (most control characters, lone surrogates) written out
 * as `\uXXXX`, so a server's answer cannot break the file.
 */
export function escape(value: string, attribute = true): string {
  return value
    .replace(attribute ? /[&<>"']/g : /[&<>]/g, (character) => entities[character] ?? character)
    .replace(
      // Matching control characters is the point here: XML 1.0 cannot carry them.
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
