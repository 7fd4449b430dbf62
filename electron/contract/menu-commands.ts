/** What the application menu asks of the page; the only messages that go from main to the page. */
export const menuCommands = ['send', 'new-callback', 'focus-history-search', 'switch-profile'] as const;

export type MenuCommand = (typeof menuCommands)[number];

export const menuChannel = 'desk:menu';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
