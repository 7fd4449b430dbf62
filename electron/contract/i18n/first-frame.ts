/**
 * The message groups the window's first frame speaks: the top bar, the
 * callback form's method, parties and Send, and the live or sandbox banner.
 * The window's messages come in two parts, these first and the rest right
 * after; a test renders the first frame with this part alone.
 */
export const firstFrameGroups = ['app', 'form', 'banner', 'recent', 'textField'] as const;

export function inFirstFrame(key: string): boolean {
  return (firstFrameGroups as readonly string[]).includes(key.slice(0, key.indexOf('.')));
}
