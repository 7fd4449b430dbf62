// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskBridge } from '../../../electron/contract/desk-types';
import { emptyDraft, type FormDraft } from '../../../renderer/form-draft';
import { usePreview } from '../../../renderer/use-preview';
import { bindWindowDesk, type WindowDesk } from '../../support/window-desk';

let desk: WindowDesk;
let asked: number;

beforeEach(() => {
  desk = bindWindowDesk();
  asked = 0;
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** Counts the previews asked of main; each answer is main's own, given after `delayMs` for the caller named. */
function countPreviews(delayFor: (caller: string) => number = () => 0) {
  const real: DeskBridge['previewCallback'] = window.desk.previewCallback;
  window.desk = {
    ...window.desk,
    previewCallback: async (request) => {
      asked += 1;
      const caller = request.form.method === 'extended' ? request.form.caller : '';
      await new Promise((resolve) => setTimeout(resolve, delayFor(caller)));
      return real(request);
    },
  };
}

const draftWith = (caller: string): FormDraft => ({ ...emptyDraft, caller, callee: 'sandbox_anna' });

describe('the preview of the form', () => {
  it('asks main shortly after a change, and says which draft its answer was for', async () => {
    countPreviews();
    const draft = draftWith('067 111 22 33');
    const { result } = renderHook(() => usePreview(draft, 'sandbox'));
    expect(result.current.preview).toBeNull();
    await waitFor(() => expect(result.current.preview?.normalised.caller).toBe('380671112233'));
    expect(result.current.previewedDraft).toBe(draft);
    expect(asked).toBe(1);
  });

  it('asks once for a burst of typing', async () => {
    countPreviews();
    // Keystrokes 50 ms apart, on a clock the test moves: each comes before the last one's wait is over.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { result, rerender } = renderHook(({ draft }) => usePreview(draft, 'sandbox'), {
        initialProps: { draft: draftWith('0') },
      });
      for (const caller of ['06', '067', '0671', '067111', '0671112233']) {
        await act(() => vi.advanceTimersByTimeAsync(50));
        rerender({ draft: draftWith(caller) });
      }
      expect(asked).toBe(0);
      await act(() => vi.advanceTimersByTimeAsync(500));
      expect(result.current.preview?.normalised.caller).toBe('380671112233');
      expect(asked).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never lets a late answer for an older draft replace the newer one', async () => {
    // The first answer comes back after the second.
    countPreviews((caller) => (caller === '067 000' ? 400 : 0));
    const { result, rerender } = renderHook(({ draft }) => usePreview(draft, 'sandbox'), {
      initialProps: { draft: draftWith('067 000') },
    });
    await waitFor(() => expect(asked).toBe(1));
    const newer = draftWith('0671112233');
    rerender({ draft: newer });
    await waitFor(() => expect(result.current.previewedDraft).toBe(newer));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(result.current.previewedDraft).toBe(newer);
    expect(result.current.preview?.errors).toEqual([]);
  });

  it('asks again when the profile changes, for the same draft', async () => {
    countPreviews();
    const draft = draftWith('0671112233');
    const { result, rerender } = renderHook(({ profile }) => usePreview(draft, profile), {
      initialProps: { profile: 'sandbox' },
    });
    await waitFor(() => expect(result.current.preview?.live).toBe(false));
    desk.profiles.create({
      name: 'Live',
      projectId: '1',
      numbers: [],
      country: 'UA',
      target: 'ringostat',
      apiUrl: 'https://api.ringostat.net',
    });
    rerender({ profile: 'live' });
    await waitFor(() => expect(result.current.preview?.live).toBe(true));
    expect(asked).toBe(2);
  });
});
