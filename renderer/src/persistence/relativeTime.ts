/** "just now", "5 minutes ago", "yesterday", "3 Mar 2026": when a model or version last changed. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const ago = now - then;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) {
    const minutes = Math.floor(ago / MINUTE);
    return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  }
  if (ago < DAY) {
    const hours = Math.floor(ago / HOUR);
    return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  }
  if (ago < 2 * DAY) return 'yesterday';
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} days ago`;
  return new Date(then).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The exact time, for a tooltip. */
export function exactTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then)
    ? iso
    : new Date(then).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'medium' });
}
