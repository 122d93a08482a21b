/**
 * Arrow-key movement through a panel's list: Up/Down go to the previous or
 * next item marked `data-nav`, Home/End to the first or last. Tab still walks
 * every control (quick-fix buttons included); the arrows skip them.
 */
import type { KeyboardEvent } from 'react';

const STEP: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

export function moveThroughList(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.hasAttribute('data-nav')) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-nav]')];
  const index = items.indexOf(target);
  let next: HTMLElement | undefined;
  if (event.key in STEP) next = items[index + (STEP[event.key] ?? 0)];
  else if (event.key === 'Home') next = items[0];
  else if (event.key === 'End') next = items.at(-1);
  else return;
  event.preventDefault();
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}
