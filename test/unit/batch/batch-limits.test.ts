import { english } from '../../support/english';
import { describe, expect, it } from 'vitest';
import { parseBatchValues, planBatch } from '../../../electron/batch/batch-plan';
import { realClock } from '../../../electron/batch/batch-run';
import type { CallbackFormInput } from '../../../electron/contract/schemas';

const template: CallbackFormInput = { method: 'extended', caller: '', callee: 'sandbox_anna' };
const profile = { country: 'UA' as const, projectId: '10001', blocklist: [] };

/** `count` different valid Ukrainian mobile numbers, as people write them. */
function numbers(count: number): string[] {
  return Array.from({ length: count }, (_, position) => `+38 067 ${String(10_000_000 + position).slice(1)}`);
}

/** How long `work` took, printed so a run's figures can be read from the test output. */
function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

describe('the values of a run are bounded before they are read', () => {
  it('refuses a text over 1,000,000 characters, saying the limit', () => {
    const refused = parseBatchValues(`${'101\n'.repeat(250_000)}1`);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(english(refused.error)).toBe(
        'The values are 1,000,001 characters long; a run takes at most 1,000,000. Split them into several runs.',
      );
  });

  it('refuses a line of a million characters at once, naming the line and the limit', () => {
    // One line of digits ending in a letter: what took minutes to refuse as a phone number.
    const refused = timed('one 999,999-character line', () =>
      parseBatchValues(`101\n${'1'.repeat(999_994)}x`),
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(english(refused.error)).toBe(
        'Line 2 is 999,995 characters long; a value is at most 256. Is this the right file?',
      );
  });

  it('refuses more than 5,000 values and takes exactly 5,000', () => {
    const refused = parseBatchValues(numbers(5_001).join('\n'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(english(refused.error)).toContain('more than 5,000 values');
    expect(parseBatchValues(numbers(5_000).join('\n'))).toMatchObject({ ok: true });
  });

  it('planBatch holds the same bounds whoever calls it', () => {
    const tooMany = planBatch(template, 'caller', numbers(5_001), profile);
    expect(tooMany.ok).toBe(false);
    const tooLong = planBatch(template, 'caller', ['101', 'a'.repeat(257)], profile);
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok)
      expect(english(tooLong.error)).toBe(
        'Row 2 is 257 characters long; a value is at most 256. Is this the right file?',
      );
  });

  it('plans a run of the largest size, every row checked', () => {
    const values = parseBatchValues(numbers(5_000).join('\n'));
    if (!values.ok) throw new Error('the largest run was refused');
    const plan = timed('planning 5,000 rows', () => planBatch(template, 'caller', values.value, profile));
    expect(plan.ok && plan.value.filter((row) => row.error === null)).toHaveLength(5_000);
  });

  it('plans the longest rows allowed as invalid without scanning them as numbers', () => {
    const values = Array.from({ length: 5_000 }, (_, row) => `${row}`.padEnd(255, '1') + 'x');
    const plan = timed('planning 5,000 rows of 256 characters', () =>
      planBatch(template, 'caller', values, profile),
    );
    expect(plan.ok && plan.value.every((row) => row.error !== null)).toBe(true);
    if (plan.ok) expect(english(plan.value[0]?.error ?? '')).toContain('at most 64 are allowed');
  });
});

describe('the gap timer', () => {
  it('waits out a delay past the timer’s limit (2^31 - 1 ms) instead of firing at once', async () => {
    let cancel: () => void = () => undefined;
    const cancelled = new Promise<void>((resolve) => (cancel = resolve));
    let woke = false;
    const sleeping = realClock.sleep(2 ** 31 + 1_000, cancelled).then(() => (woke = true));
    // An overflowing timer fires after 1 ms; a quarter of a second is long past that.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(woke).toBe(false);
    cancel();
    await sleeping;
    expect(woke).toBe(true);
  });
});
