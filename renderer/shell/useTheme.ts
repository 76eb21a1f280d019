/** Applies the theme setting to <html data-theme>, following the OS when set to "system". */
import { useEffect } from 'react';
import type { Settings } from '../../core/ipc/contract.js';

export function useTheme(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const resolved = theme === 'dark' || (theme !== 'light' && query.matches) ? 'dark' : 'light';
      document.documentElement.dataset.theme = resolved;
    };
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
