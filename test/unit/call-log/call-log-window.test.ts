import { describe, expect, it } from 'vitest';
import { translate } from '../../../electron/contract/i18n/translate';
import { resolveWindow } from '../../../electron/call-log/call-log-window';

const at = (iso: string) => Date.parse(iso);
const iso = (result: ReturnType<typeof resolveWindow>) =>
  result.ok ? { from: result.value.from.toISOString(), to: result.value.to.toISOString() } : null;
const refusal = (result: ReturnType<typeof resolveWindow>) =>
  result.ok ? null : translate(result.error, 'en');

describe('a call log window, in the project’s time zone', () => {
  it('"last N minutes" ends now', () => {
    expect(
      iso(resolveWindow({ kind: 'last', minutes: 15 }, at('2026-11-26T10:00:00Z'), 'Europe/Kyiv')),
    ).toEqual({
      from: '2026-11-26T09:45:00.000Z',
      to: '2026-11-26T10:00:00.000Z',
    });
  });

  it('"today" starts at the project’s midnight, not the person’s', () => {
    // 01:30 in Kyiv is still the evening before in New York: each project has its own today.
    const now = at('2026-11-25T23:30:00Z');
    expect(iso(resolveWindow({ kind: 'today' }, now, 'Europe/Kyiv'))?.from).toBe('2026-11-25T22:00:00.000Z');
    expect(iso(resolveWindow({ kind: 'today' }, now, 'America/New_York'))?.from).toBe(
      '2026-11-25T05:00:00.000Z',
    );
  });

  it('"today" on a day whose midnight the clocks skip starts at the first moment that exists', () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 7 September 2025.
    const now = at('2025-09-07T15:00:00Z');
    expect(iso(resolveWindow({ kind: 'today' }, now, 'America/Santiago'))?.from).toBe(
      '2025-09-07T04:00:00.000Z',
    );
  });

  it('a custom range is the project’s wall clock, to the end of its last minute', () => {
    const range = { kind: 'range', from: '2026-07-01T09:00', to: '2026-07-01T09:30' } as const;
    expect(iso(resolveWindow(range, 0, 'Europe/Kyiv'))).toEqual({
      from: '2026-07-01T06:00:00.000Z',
      to: '2026-07-01T06:30:59.000Z',
    });
  });

  it('holds an hour the clocks repeat in the window both times', () => {
    // Kyiv's clocks went back from 04:00 to 03:00 on 26 October 2025.
    const range = { kind: 'range', from: '2025-10-26T03:00', to: '2025-10-26T03:59' } as const;
    expect(iso(resolveWindow(range, 0, 'Europe/Kyiv'))).toEqual({
      from: '2025-10-26T00:00:00.000Z',
      to: '2025-10-26T01:59:59.000Z',
    });
  });

  it('refuses a time the clocks skip, a window that ends before it starts, and one over 31 days', () => {
    expect(
      refusal(
        resolveWindow({ kind: 'range', from: '2025-03-30T03:30', to: '2025-03-30T05:00' }, 0, 'Europe/Kyiv'),
      ),
    ).toBe(
      '2025-03-30T03:30 never happens in Europe/Kyiv: the clocks skip it. Choose a time before or after it.',
    );
    expect(
      refusal(
        resolveWindow({ kind: 'range', from: '2026-01-02T00:00', to: '2026-01-01T00:00' }, 0, 'Europe/Kyiv'),
      ),
    ).toBe('The window ends before it starts.');
    expect(
      refusal(
        resolveWindow({ kind: 'range', from: '2026-01-01T00:00', to: '2026-03-01T00:00' }, 0, 'Europe/Kyiv'),
      ),
    ).toBe('A window may span at most 31 days.');
    expect(
      refusal(
        resolveWindow({ kind: 'range', from: '2026-02-30T00:00', to: '2026-03-01T00:00' }, 0, 'Europe/Kyiv'),
      ),
    ).toBe('“2026-02-30T00:00” is not a date and time.');
  });
});
