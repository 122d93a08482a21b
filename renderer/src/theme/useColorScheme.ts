/**
 * The theme follows the operating system unless the user picks one; the
 * resolved scheme goes on <html data-theme> so CSS variables and React Flow agree.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export type ThemePreference = 'system' | 'light' | 'dark';
export type ColorScheme = 'light' | 'dark';

const STORAGE_KEY = 'mapwright.theme';
/**
 * One query list for the page: React reads the snapshot on every render and
 * commit of the workbench, and matchMedia() evaluates the query afresh each
 * time it is called (a few milliseconds on every edit).
 */
let media: MediaQueryList | null = null;
const query = () => (media ??= window.matchMedia('(prefers-color-scheme: dark)'));

function subscribeToSystem(onChange: () => void): () => void {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function readPreference(): ThemePreference {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function useColorScheme(): {
  scheme: ColorScheme;
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
} {
  const systemDark = useSyncExternalStore(subscribeToSystem, () => query().matches);
  const [preference, setPreferenceState] = useState<ThemePreference>(readPreference);
  const scheme: ColorScheme = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;

  useEffect(() => {
    document.documentElement.dataset.theme = scheme;
  }, [scheme]);

  const setPreference = useCallback((next: ThemePreference) => {
    if (next === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, next);
    setPreferenceState(next);
  }, []);
  return { scheme, preference, setPreference };
}
