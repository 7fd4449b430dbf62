import { describe, expect, it } from 'vitest';
import { restoreBounds } from '../../electron/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };
const minimum = { width: 720, height: 520 };

describe('reopening the window where it was', () => {
  it('uses the saved place when it is on a screen, maximized or not', () => {
    expect(
      restoreBounds(
        { x: 1600, y: 100, width: 1200, height: 800, maximized: true },
        [laptop, monitor],
        minimum,
      ),
    ).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('falls back to the default place when the screen it was on is gone', () => {
    expect(
      restoreBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop], minimum),
    ).toBeNull();
    expect(
      restoreBounds({ x: 1420, y: 100, width: 1200, height: 800, maximized: false }, [laptop], minimum),
    ).toBeNull(); // 20 px showing
  });

  it('keeps at least the minimum size and no more than the screen, and ignores nonsense', () => {
    expect(
      restoreBounds({ x: 10, y: 10, width: 200, height: 3000, maximized: false }, [laptop], minimum),
    ).toMatchObject({
      width: 720,
      height: 875,
    });
    expect(restoreBounds(undefined, [laptop], minimum)).toBeNull();
    expect(
      restoreBounds({ x: Number.NaN, y: 0, width: 900, height: 600, maximized: false }, [laptop], minimum),
    ).toBeNull();
  });
});
