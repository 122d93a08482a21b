/**
 * The in-app menu bar of the browser build (Electron draws the same
 * menuModel.ts natively): File / Edit / View / Arrange / Help, built from the
 * action registry, with shortcuts and disabled states. Keyboard as in a
 * desktop menu bar (WAI-ARIA menubar pattern): Alt or F10 focuses it, arrows
 * move, Enter runs, Escape closes and gives the focus back.
 */
import { Check } from 'lucide-react';
import {
  Fragment,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useActionContext } from '../actions/actionContext';
import { isEnabled, runAction } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import { CHECKED, MENUS, SEPARATE_BEFORE } from './menuModel';

const wrap = (index: number, length: number) => (index + length) % length;

export function MenuBar() {
  const ctx = useActionContext();
  const baseId = useId();
  const barRef = useRef<HTMLDivElement>(null);
  const topRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);
  /** Where the focus was before the menu bar took it; it goes back there when the menu bar is left. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const [current, setCurrent] = useState(0);
  const [openMenu, setOpenMenu] = useState<number | null>(null);
  /** Highlighted item of the open menu; -1 when opened by mouse and nothing is pointed at yet. */
  const [activeItem, setActiveItem] = useState(-1);

  // The focus follows the highlighted item (roving focus); a menu opened by mouse focuses itself.
  useEffect(() => {
    if (openMenu === null) return;
    const target =
      activeItem >= 0 ? itemRefs.current[activeItem] : document.getElementById(`${baseId}-menu-${openMenu}`);
    target?.focus();
  }, [openMenu, activeItem, baseId]);

  const focusTop = (index: number) => {
    setCurrent(index);
    topRefs.current[index]?.focus();
  };
  const open = (index: number, item: number) => {
    setCurrent(index);
    setOpenMenu(index);
    setActiveItem(item);
  };
  /** Leaves the menu bar: closes any menu and gives the focus back to where it was. */
  const leave = () => {
    setOpenMenu(null);
    setActiveItem(-1);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected && target !== document.body) target.focus();
    else topRefs.current[current]?.blur();
  };
  const run = (action: Action) => {
    if (!isEnabled(action, ctx)) return;
    leave();
    runAction(action, ctx);
  };

  // Alt (pressed and released alone) or F10 moves into the menu bar and back out.
  const toggleFromKeyboard = useRef(() => {});
  useEffect(() => {
    toggleFromKeyboard.current = () => {
      if (barRef.current?.contains(document.activeElement)) {
        leave();
      } else {
        returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        focusTop(0);
      }
    };
  });
  useEffect(() => {
    let altAlone = false;
    const onKeyDown = (event: KeyboardEvent) => {
      altAlone = event.key === 'Alt' && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (event.key !== 'F10' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      toggleFromKeyboard.current();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Alt' || !altAlone) return;
      altAlone = false;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      toggleFromKeyboard.current();
    };
    const disarm = () => {
      altAlone = false;
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('pointerdown', disarm);
    window.addEventListener('blur', disarm);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('pointerdown', disarm);
      window.removeEventListener('blur', disarm);
    };
  }, []);

  // A click anywhere else closes the open menu (the focus stays where the click put it).
  useEffect(() => {
    if (openMenu === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && barRef.current?.contains(event.target)) return;
      setOpenMenu(null);
      setActiveItem(-1);
      returnFocus.current = null;
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [openMenu]);

  const onTopKeyDown = (event: ReactKeyboardEvent, index: number) => {
    const count = MENUS.length;
    const moves: Record<string, () => void> = {
      ArrowRight: () => focusTop(wrap(index + 1, count)),
      ArrowLeft: () => focusTop(wrap(index - 1, count)),
      Home: () => focusTop(0),
      End: () => focusTop(count - 1),
      ArrowDown: () => open(index, 0),
      Enter: () => open(index, 0),
      ' ': () => open(index, 0),
      ArrowUp: () => open(index, (MENUS[index]?.actions.length ?? 1) - 1),
      Escape: leave,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  const onMenuKeyDown = (event: ReactKeyboardEvent, index: number) => {
    const actions = MENUS[index]?.actions ?? [];
    const count = actions.length;
    const key = event.key;
    let handled = true;
    if (key === 'ArrowDown') setActiveItem(wrap(activeItem + 1, count));
    else if (key === 'ArrowUp') setActiveItem(activeItem < 0 ? count - 1 : wrap(activeItem - 1, count));
    else if (key === 'Home') setActiveItem(0);
    else if (key === 'End') setActiveItem(count - 1);
    else if (key === 'ArrowRight') open(wrap(index + 1, MENUS.length), 0);
    else if (key === 'ArrowLeft') open(wrap(index - 1, MENUS.length), 0);
    else if (key === 'Escape') {
      setOpenMenu(null);
      setActiveItem(-1);
      focusTop(index);
    } else if (key === 'Enter' || key === ' ') {
      const action = actions[activeItem];
      if (action) run(action);
    } else if (key === 'Tab') {
      leave();
    } else if (key.length === 1 && /\S/.test(key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Type-ahead: the next item starting with the letter.
      const letter = key.toLowerCase();
      const next = [...actions.keys()]
        .map((offset) => wrap(activeItem + 1 + offset, count))
        .find((i) => actions[i]?.label.toLowerCase().startsWith(letter));
      if (next !== undefined) setActiveItem(next);
    } else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <div
      ref={barRef}
      className="menubar"
      role="menubar"
      aria-label="Application menu"
      onFocus={(event) => {
        // Remember where the focus came from when it enters the bar from outside.
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !barRef.current?.contains(from) && !returnFocus.current) {
          returnFocus.current = from;
        }
      }}
    >
      {MENUS.map((menu, index) => {
        const isOpen = openMenu === index;
        const topId = `${baseId}-top-${index}`;
        return (
          <div key={menu.group} className="menubar-entry">
            <button
              ref={(element) => {
                topRefs.current[index] = element;
              }}
              id={topId}
              type="button"
              role="menuitem"
              className={`menubar-button${isOpen ? ' is-open' : ''}`}
              aria-haspopup="menu"
              aria-expanded={isOpen}
              tabIndex={index === current ? 0 : -1}
              onKeyDown={(event) => onTopKeyDown(event, index)}
              onClick={() => (isOpen ? leave() : open(index, -1))}
              onPointerEnter={() => {
                if (openMenu !== null && !isOpen) open(index, -1);
              }}
            >
              {menu.group}
            </button>
            {isOpen && (
              <div
                id={`${baseId}-menu-${index}`}
                className="menu"
                role="menu"
                aria-labelledby={topId}
                tabIndex={-1}
                onKeyDown={(event) => onMenuKeyDown(event, index)}
              >
                {menu.actions.map((action, itemIndex) => {
                  const enabled = isEnabled(action, ctx);
                  const checked = CHECKED[action.id]?.(ctx);
                  const shortcut = action.shortcuts?.[0];
                  return (
                    <Fragment key={action.id}>
                      {itemIndex > 0 && SEPARATE_BEFORE.has(action.id) && (
                        <div role="separator" className="menu-separator" />
                      )}
                      <div
                        ref={(element) => {
                          itemRefs.current[itemIndex] = element;
                        }}
                        role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                        aria-checked={checked}
                        aria-disabled={!enabled || undefined}
                        tabIndex={-1}
                        className="menu-item"
                        onPointerMove={() => {
                          if (activeItem !== itemIndex) setActiveItem(itemIndex);
                        }}
                        onClick={() => run(action)}
                      >
                        <span className="menu-check">{checked && <Check aria-hidden size={14} />}</span>
                        <span className="menu-label">{action.label}</span>
                        {shortcut && <span className="menu-shortcut">{formatShortcut(shortcut)}</span>}
                      </div>
                    </Fragment>
                  );
                })}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
