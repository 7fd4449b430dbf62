import type { Locale } from '../../electron/contract/i18n/locales';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu-template';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function menu(platform: NodeJS.Platform, development: boolean, locale: Locale = 'en') {
  const actions = { command: vi.fn(), openGuide: vi.fn(), openVendorApi: vi.fn(), showAbout: vi.fn() };
  return {
    template: buildMenuTemplate({ platform, development, appName: 'Callback Desk', locale }, actions),
    actions,
  };
}

/** Every item, however deep, flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('has the usual roles: Edit (copy, paste), Window, and zoom in View', () => {
    const roles = items(menu('linux', false).template).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining([
        'undo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'minimize',
        'close',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'help',
        'quit',
      ]),
    );
  });

  it('labels every item itself, in the app’s language, rather than in Electron’s built-in English', () => {
    for (const locale of ['en', 'uk'] as const) {
      const labelled = items(menu('linux', true, locale).template).filter(
        (item) => item.type !== 'separator',
      );
      expect(labelled.filter((item) => !item.label)).toEqual([]);
    }
    const label = (locale: Locale, role: string) =>
      items(menu('win32', false, locale).template).find((item) => item.role === role)?.label;
    expect([label('en', 'copy'), label('en', 'paste')]).toEqual(['Copy', 'Paste']);
    expect([label('uk', 'copy'), label('uk', 'paste')]).toEqual(['Копіювати', 'Вставити']);
    const send = (locale: Locale) =>
      items(menu('win32', false, locale).template).find((item) => item.accelerator === 'CmdOrCtrl+Enter')
        ?.label;
    expect([send('en'), send('uk')]).toEqual(['Send', 'Надіслати']);
  });

  it('offers reload and developer tools only in development', () => {
    expect(items(menu('linux', false).template).map((item) => item.role)).not.toContain('reload');
    expect(items(menu('linux', true).template).map((item) => item.role)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('sends its shortcuts to the page: new callback, send, history search, switch profile', () => {
    const { template, actions } = menu('win32', false);
    const byLabel = (label: string) => items(template).find((item) => item.label === label);
    expect(
      ['New callback', 'Send', 'Search the history', 'Switch profile'].map(
        (label) => byLabel(label)?.accelerator,
      ),
    ).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+Enter', 'CmdOrCtrl+F', 'CmdOrCtrl+P']);
    for (const label of ['New callback', 'Send', 'Search the history', 'Switch profile'])
      click(byLabel(label));
    expect(actions.command.mock.calls.flat()).toEqual([
      'new-callback',
      'send',
      'focus-history-search',
      'switch-profile',
    ]);
  });

  it('helps with the guide, the vendor’s API page and the About box; on macOS About is in the app menu', () => {
    const { template, actions } = menu('linux', false);
    const help = template.find((item) => item.role === 'help');
    for (const item of (help?.submenu as MenuItemConstructorOptions[]) ?? []) click(item);
    expect(actions.openGuide).toHaveBeenCalledOnce();
    expect(actions.openVendorApi).toHaveBeenCalledOnce();
    expect(actions.showAbout).toHaveBeenCalledOnce();
    const mac = menu('darwin', false).template;
    expect(mac[0]?.label).toBe('Callback Desk');
    expect((mac[0]?.submenu as MenuItemConstructorOptions[])[0]?.label).toBe('About Callback Desk');
  });
});
