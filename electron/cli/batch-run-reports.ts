import { randomUUID } from 'node:crypto';
import { batchRows, type ExportedRow } from '../batch/batch-export';
import { maskRowRequest } from '../batch/batch-masking';
import type { BatchRow } from '../contract/batch-types';
import type { BatchSnapshot } from '../contract/batch-types';
import { runToJunit } from '../batch/run-junit';
import type { HttpRequest } from '../contract/callback-types';
import { writeReports, type ReportSpec } from './batch-files';
import { english } from './output';

/** A finished command-line run, as its reports describe it. */
export interface CliRunReport {
  /** As printed: masked when the numbers are. */
  snapshot: BatchSnapshot;
  /** Each sent row's request as it left, key redacted, by row index. */
  requests: ReadonlyMap<number, HttpRequest>;
  /** The rows as planned, with their real numbers: what masking a request needs to know. */
  rows: BatchRow[];
  mask: boolean;
  /** The template's name, when its file gives one. */
  name: string | null;
  target: 'simulator' | 'ringostat';
  column: string;
  exitCode: number;
}

/** Writes every `--report` of a run; returns what could not be written. */
export function writeRunReports(specs: ReportSpec[], run: CliRunReport): string[] {
  if (specs.length === 0) return [];
  const rows = batchRows(run.snapshot, {
    locale: 'en',
    request: (row) => {
      const request = run.requests.get(row.index) ?? null;
      const planned = run.rows[row.index - 1];
      return request && run.mask && planned ? maskRowRequest(planned, request) : request;
    },
  });
  const id = randomUUID();
  const name = run.name ?? 'callback-desk batch';
  const { startedAt, endedAt, status } = run.snapshot;
  return writeReports(specs, {
    junit: () =>
      runToJunit(
        {
          name,
          id,
          startedAt,
          endedAt,
          properties: {
            target: run.target,
            column: run.column,
            status,
            exitCode: String(run.exitCode),
            masked: String(run.mask),
          },
        },
        rows,
      ),
    json: () =>
      JSON.stringify(
        {
          kind: 'callback-desk-run',
          version: 1,
          run: {
            id,
            name,
            target: run.target,
            column: run.column,
            startedAt,
            endedAt,
            status,
            stoppedBecause: run.snapshot.stoppedBecause && english(run.snapshot.stoppedBecause),
            exitCode: run.exitCode,
            masked: run.mask,
            summary: summaryOf(rows),
          },
          rows,
        },
        null,
        2,
      ),
  });
}

/** How many rows passed, failed, or were never checked. */
export function summaryOf(rows: ExportedRow[]) {
  const count = (verdict: ExportedRow['verdict']) => rows.filter((row) => row.verdict === verdict).length;
  return {
    rows: rows.length,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    pending: count('pending'),
  };
}
