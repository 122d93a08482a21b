/**
 * The in-app menu bar of the browser build (Electron draws the same
 * menuModel.ts natively): File / Edit / View / Arrange / Help, built from the
 * action registry, with shortcuts and disabled states, and submenus (File ›
 * Open recent, see MenuSubmenu). Keyboard as in a desktop menu bar (WAI-ARIA
 * menubar pattern): Alt or F10 focuses it, arrows move, Right opens a
 * submenu, Enter runs, Escape closes and gives the focus back.
 */
import { Check, ChevronRight } from 'lucide-react';
import {
  Fragment,
  useEffect,
  useId,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useActionContext } from '../actions/actionContext';
import { isEnabled, runAction } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import {
  CHECKED,
  MENUS,
  entryId,
  entryLabel,
  separatesBefore,
  subscribeToSubmenus,
  submenuEnabled,
  type MenuEntry,
} from './menuModel';
import { isTypeAheadKey, nextByLetter, wrap } from './menuKeys';
import { MenuSubmenu } from './MenuSubmenu';
import { useGraceTimer } from './useGraceTimer';
import type { SubmenuItem } from './submenu';

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
  /** The entry of the open menu whose submenu is open; `byKeyboard`: its first item takes the focus. */
  const [openSub, setOpenSub] = useState<{ index: number; byKeyboard: boolean } | null>(null);
  // A submenu's items change by themselves (a model opened in another window): draw them again.
  const [, submenusChanged] = useReducer((count: number) => count + 1, 0);
  useEffect(() => subscribeToSubmenus(ctx, submenusChanged), [ctx]);
  const grace = useGraceTimer();

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
    grace.cancel();
    setCurrent(index);
    setOpenMenu(index);
    setActiveItem(item);
    setOpenSub(null);
  };
  /** Highlights an item of the open menu; a submenu open elsewhere closes. */
  const highlight = (item: number) => {
    setActiveItem(item);
    if (openSub?.index !== item) setOpenSub(null);
  };
  /** Leaves the menu bar: closes any menu and gives the focus back to where it was. */
  const leave = () => {
    grace.cancel();
    setOpenMenu(null);
    setActiveItem(-1);
    setOpenSub(null);
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
  const pick = (item: SubmenuItem) => {
    leave();
    item.run();
  };
  const enabled = (entry: MenuEntry) =>
    entry.kind === 'action' ? isEnabled(entry.action, ctx) : submenuEnabled(entry.submenu.items(ctx));
  /** Enter, Space or a click on an entry: runs an action, opens a submenu. */
  const activate = (entry: MenuEntry, index: number, byKeyboard: boolean) => {
    if (entry.kind === 'action') run(entry.action);
    else if (enabled(entry)) setOpenSub({ index, byKeyboard });
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
      setOpenSub(null);
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
      ArrowUp: () => open(index, (MENUS[index]?.entries.length ?? 1) - 1),
      Escape: leave,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  const onMenuKeyDown = (event: ReactKeyboardEvent, index: number) => {
    const entries = MENUS[index]?.entries ?? [];
    const count = entries.length;
    const entry = entries[activeItem];
    const key = event.key;
    let handled = true;
    if (key === 'ArrowDown') highlight(wrap(activeItem + 1, count));
    else if (key === 'ArrowUp') highlight(activeItem < 0 ? count - 1 : wrap(activeItem - 1, count));
    else if (key === 'Home') highlight(0);
    else if (key === 'End') highlight(count - 1);
    else if (key === 'ArrowRight' && entry?.kind === 'submenu' && enabled(entry))
      setOpenSub({ index: activeItem, byKeyboard: true });
    else if (key === 'ArrowRight') open(wrap(index + 1, MENUS.length), 0);
    else if (key === 'ArrowLeft') open(wrap(index - 1, MENUS.length), 0);
    else if (key === 'Escape') {
      setOpenMenu(null);
      setActiveItem(-1);
      setOpenSub(null);
      focusTop(index);
    } else if (key === 'Enter' || key === ' ') {
      if (entry) activate(entry, activeItem, true);
    } else if (key === 'Tab') {
      leave();
    } else if (isTypeAheadKey(event)) {
      const next = nextByLetter(entries.map(entryLabel), activeItem, key);
      if (next !== undefined) highlight(next);
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
                {menu.entries.map((entry, itemIndex) => {
                  const isEnabledNow = enabled(entry);
                  const checked = entry.kind === 'action' ? CHECKED[entry.action.id]?.(ctx) : undefined;
                  const shortcut = entry.kind === 'action' ? entry.action.shortcuts?.[0] : undefined;
                  const isSubmenu = entry.kind === 'submenu';
                  const subOpen = isSubmenu && openSub?.index === itemIndex;
                  const itemId = `${baseId}-item-${index}-${itemIndex}`;
                  const item = (
                    <div
                      ref={(element) => {
                        itemRefs.current[itemIndex] = element;
                      }}
                      id={itemId}
                      role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                      aria-checked={checked}
                      aria-disabled={!isEnabledNow || undefined}
                      aria-haspopup={isSubmenu ? 'menu' : undefined}
                      aria-expanded={isSubmenu ? subOpen : undefined}
                      tabIndex={-1}
                      className={`menu-item${subOpen ? ' is-open' : ''}`}
                      onPointerMove={() => {
                        if (isSubmenu) {
                          grace.cancel();
                          if (activeItem !== itemIndex) highlight(itemIndex);
                          // A submenu opens as the pointer comes onto its entry, as in desktop menus.
                          if (isEnabledNow && !subOpen) setOpenSub({ index: itemIndex, byKeyboard: false });
                        } else if (activeItem !== itemIndex) {
                          if (openSub) grace.later(() => highlight(itemIndex));
                          else highlight(itemIndex);
                        }
                      }}
                      onClick={() => activate(entry, itemIndex, false)}
                    >
                      <span className="menu-check">{checked && <Check aria-hidden size={14} />}</span>
                      <span className="menu-label">{entryLabel(entry)}</span>
                      {shortcut && <span className="menu-shortcut">{formatShortcut(shortcut)}</span>}
                      {isSubmenu && <ChevronRight aria-hidden size={14} className="menu-chevron" />}
                    </div>
                  );
                  return (
                    <Fragment key={entryId(entry)}>
                      {separatesBefore(entry, itemIndex) && (
                        <div role="separator" className="menu-separator" />
                      )}
                      {entry.kind === 'submenu' ? (
                        // The submenu is placed beside its entry, so the two share a positioned box.
                        <div role="none" className="menu-submenu-entry">
                          {item}
                          {subOpen && openSub && (
                            <MenuSubmenu
                              key={openSub.byKeyboard ? 'keyboard' : 'pointer'}
                              id={`${baseId}-submenu-${index}-${itemIndex}`}
                              labelledBy={itemId}
                              items={entry.submenu.items(ctx)}
                              focusFirst={openSub.byKeyboard}
                              onBack={() => {
                                setOpenSub(null);
                                itemRefs.current[itemIndex]?.focus();
                              }}
                              onNextMenu={() => open(wrap(index + 1, MENUS.length), 0)}
                              onLeave={leave}
                              onPick={pick}
                              onPointerEnter={grace.cancel}
                            />
                          )}
                        </div>
                      ) : (
                        item
                      )}
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
