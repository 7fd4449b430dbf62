import { useEffect } from 'react';

/**
 * Puts the effective theme on the page as `data-theme`: the chosen one, or,
 * for `system`, the operating system's, followed as it changes.
 */
export function useTheme(theme: 'system' | 'light' | 'dark'): void {
  useEffect(() => {
    const system = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme =
        theme === 'system' ? (system.matches ? 'dark' : 'light') : theme;
    };
    apply();
    if (theme !== 'system') return;
    system.addEventListener('change', apply);
    return () => system.removeEventListener('change', apply);
  }, [theme]);
}
