import { describe, expect, it } from 'vitest';
import { rendererUrl } from '../../electron/renderer-files';
import { isTrustedSender } from '../../electron/sender-check';

const trusted = { senderId: 3, windowId: 3, fromMainFrame: true, frameUrl: rendererUrl };

describe('who may call the main process', () => {
  it('accepts the app’s own page in its own window, with or without a fragment', () => {
    expect(isTrustedSender(trusted, rendererUrl)).toBe(true);
    expect(isTrustedSender({ ...trusted, frameUrl: `${rendererUrl}#history` }, rendererUrl)).toBe(true);
  });

  it.each([
    ['another window', { senderId: 4 }],
    ['an embedded frame', { fromMainFrame: false }],
    ['a page navigated elsewhere', { frameUrl: 'https://example.com/' }],
    ['another local file', { frameUrl: 'file:///tmp/evil.html' }],
    [
      'the built page opened as a file',
      { frameUrl: 'file:///opt/Callback%20Desk/resources/app.asar/dist/renderer/index.html' },
    ],
    ['another page of the app’s own scheme', { frameUrl: 'app://desk/other.html' }],
    ['another host of the app’s own scheme', { frameUrl: 'app://elsewhere/index.html' }],
    ['the same file with a query', { frameUrl: `${rendererUrl}?x=1` }],
  ])('refuses %s', (_name, change) => {
    expect(isTrustedSender({ ...trusted, ...change }, rendererUrl)).toBe(false);
  });
});
