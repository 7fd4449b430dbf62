/**
 * The message groups the window's first frame speaks: the top bar, the
 * live or sandbox banner, the templates bar, and the callback form's method,
 * parties and Send.
 * The window's messages come in two parts, these first and the rest right
 * after; a test renders the first frame with this part alone.
 */
export const firstFrameGroups = ['app', 'form', 'banner', 'recent', 'textField', 'templates'] as const;

export function inFirstFrame(key: string): boolean {
  return (firstFrameGroups as readonly string[]).includes(key.slice(0, key.indexOf('.')));
}
