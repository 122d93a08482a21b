/** The command palette's recently used commands, most recent first, kept across sessions. */

const KEY = 'mapwright.recentCommands';
const LIMIT = 5;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off; recent commands are a convenience, never a failure.
    return null;
  }
}

export function loadRecentCommands(): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((key): key is string => typeof key === 'string').slice(0, LIMIT)
      : [];
  } catch {
    return [];
  }
}

export function rememberCommand(key: string): void {
  const next = [key, ...loadRecentCommands().filter((existing) => existing !== key)].slice(0, LIMIT);
  try {
    storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Full or unavailable storage: keep working without the history.
  }
}
