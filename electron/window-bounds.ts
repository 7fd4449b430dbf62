import type { Bounds, SavedWindow } from './profiles/saved-window';

/** How much of the window must lie on a screen for the saved place to be used. */
const visibleEnough = { width: 120, height: 60 };

/**
 * Where to reopen the window: where it was, if enough of it is still on one
 * of the screens (a monitor may have been unplugged), at least the minimum
 * size and no larger than that screen; otherwise null, for the default place.
 */
export function restoreBounds(
  saved: SavedWindow | undefined,
  workAreas: Bounds[],
  minimum: { width: number; height: number },
): SavedWindow | null {
  if (!saved || ![saved.x, saved.y, saved.width, saved.height].every(Number.isFinite)) return null;
  const screen = workAreas.find((area) => {
    const width = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const height = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return width >= visibleEnough.width && height >= visibleEnough.height;
  });
  if (!screen) return null;
  return {
    x: saved.x,
    y: saved.y,
    width: Math.min(Math.max(saved.width, minimum.width), screen.width),
    height: Math.min(Math.max(saved.height, minimum.height), screen.height),
    maximized: saved.maximized,
  };
}
