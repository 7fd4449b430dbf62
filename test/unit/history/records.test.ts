import { describe, expect, it } from 'vitest';
import { parseRecord, recordKind } from '../../../electron/history/records';

const end = {
  k: recordKind.end,
  id: 'a1',
  outcome: 'accepted',
  httpStatus: 200,
  latencyMs: 5,
  endedAt: '2026-11-26T10:00:00Z',
};

describe('reading an ending from the log', () => {
  it('takes its message as a catalogue message, or as words stored before messages were data', () => {
    const worded = { ...end, message: { key: 'outcome.accepted', values: { status: 200 } } };
    expect(parseRecord(JSON.stringify(worded))).toEqual(worded);
    const plain = { ...end, message: 'Ringostat accepted the callback (HTTP 200).' };
    expect(parseRecord(JSON.stringify(plain))).toEqual(plain);
  });

  it('skips an ending whose message is neither', () => {
    expect(parseRecord(JSON.stringify({ ...end, message: 42 }))).toBeNull();
    expect(parseRecord(JSON.stringify({ ...end, message: { values: {} } }))).toBeNull();
  });
});
