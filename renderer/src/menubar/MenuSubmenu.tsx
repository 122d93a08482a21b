/**
 * A submenu of the in-app menu bar (File › Open recent), opened beside its
 * entry. Keyboard as in a desktop menu (WAI-ARIA menubar pattern): Up, Down,
 * Home, End and a letter move; Enter or Space picks; Left or Escape goes back
 * to the entry; Right goes on to the next menu of the bar; Tab leaves the bar.
 * Labels are the users' own text, so they are rendered as text, never markup.
 */
import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isTypeAheadKey, nextByLetter, wrap } from './menuKeys';
import type { SubmenuItem } from './submenu';

export function MenuSubmenu({
  id,
  labelledBy,
  items,
  focusFirst,
  onBack,
  onNextMenu,
  onLeave,
  onPick,
  onPointerEnter,
}: {
  id: string;
  labelledBy: string;
  items: readonly SubmenuItem[];
  /** Opened from the keyboard: the first item takes the focus (by pointer, the entry keeps it). */
  focusFirst: boolean;
  /** Closes the submenu and gives the focus back to its entry. */
  onBack: () => void;
  onNextMenu: () => void;
  onLeave: () => void;
  onPick: (item: SubmenuItem) => void;
  /** The pointer reached the submenu: the item it crossed on the way must not take over. */
  onPointerEnter: () => void;
}) {
  const [active, setActive] = useState(focusFirst ? 0 : -1);
  const itemRefs = useRef<(HTMLDivElement | null)[]>([]);
  const count = items.length;
  // The list can change while open (another window opened a model): stay within it.
  const current = Math.min(active, count - 1);

  useEffect(() => {
    if (current >= 0) itemRefs.current[current]?.focus();
  }, [current]);

  const onKeyDown = (event: KeyboardEvent) => {
    const key = event.key;
    let handled = true;
    if (key === 'ArrowDown') setActive(wrap(current + 1, count));
    else if (key === 'ArrowUp') setActive(current < 0 ? count - 1 : wrap(current - 1, count));
    else if (key === 'Home') setActive(0);
    else if (key === 'End') setActive(count - 1);
    else if (key === 'ArrowLeft' || key === 'Escape') onBack();
    else if (key === 'ArrowRight') onNextMenu();
    else if (key === 'Tab') onLeave();
    else if (key === 'Enter' || key === ' ') {
      const item = items[current];
      if (item?.enabled) onPick(item);
    } else if (isTypeAheadKey(event)) {
      const next = nextByLetter(
        items.map((item) => item.label),
        current,
        key,
      );
      if (next !== undefined) setActive(next);
    } else handled = false;
    // The submenu sits inside its parent menu: a key it used must not move the parent too.
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <div
      id={id}
      className="menu is-submenu"
      role="menu"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerEnter={onPointerEnter}
    >
      {items.map((item, index) => (
        <Fragment key={item.id}>
          {index > 0 && item.separateBefore && <div role="separator" className="menu-separator" />}
          <div
            ref={(element) => {
              itemRefs.current[index] = element;
            }}
            role="menuitem"
            aria-disabled={!item.enabled || undefined}
            tabIndex={-1}
            title={item.title}
            className="menu-item"
            onPointerMove={() => {
              if (current !== index) setActive(index);
            }}
            onClick={() => {
              if (item.enabled) onPick(item);
            }}
          >
            <span className="menu-check" />
            <span className="menu-label">{item.label}</span>
          </div>
        </Fragment>
      ))}
    </div>
  );
}
