import { Notification, type BrowserWindow } from 'electron';
import type { Notifier } from '../callbacks/settle-notices';

/**
 * The system's notifications, through Electron. The window counts as in the
 * background when it is not focused (another app in front, minimised, or
 * hidden); clicking a notification brings it back.
 */
export function createSystemNotifier(window: () => BrowserWindow | undefined): Notifier {
  return {
    windowInBackground: () => {
      const shown = window();
      return !shown || shown.isDestroyed() || !shown.isFocused();
    },
    show: ({ title, body }) => {
      // Some Linux desktops have no notification service: there is then nothing to show it on.
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notification.on('click', () => {
        const shown = window();
        if (!shown || shown.isDestroyed()) return;
        if (shown.isMinimized()) shown.restore();
        shown.show();
        shown.focus();
      });
      notification.show();
    },
  };
}
