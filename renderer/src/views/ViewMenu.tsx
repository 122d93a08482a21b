/**
 * The tab strip's "View commands" menu: new views (empty, from the selection,
 * from an element and its neighbours), adding existing elements, renaming and
 * deleting the view on screen. The same commands are actions too (menu bar,
 * command palette).
 */
import { MoreHorizontal } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { VIEW_COMMANDS } from './viewCommandList';
import type { ViewContext } from './viewCommands';

const ITEMS = VIEW_COMMANDS.filter((command) => command.inTabMenu);

export function ViewMenu({ ctx }: { ctx: ViewContext }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [
      ...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    if (event.key === 'ArrowDown') next = items[(at + 1) % items.length];
    else if (event.key === 'ArrowUp') next = items[(at - 1 + items.length) % items.length];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items[items.length - 1];
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
    next?.focus();
  };

  return (
    <div className="view-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="view-tab-add"
        aria-label="View commands"
        title="View commands"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((current) => !current)}
      >
        <MoreHorizontal aria-hidden />
      </button>
      {open && (
        <div role="menu" aria-label="View commands" className="view-menu-list" onKeyDown={onMenuKeyDown}>
          {ITEMS.map((command) => (
            <button
              key={command.id}
              type="button"
              role="menuitem"
              className="view-menu-item"
              disabled={command.enabled ? !command.enabled(ctx) : false}
              onClick={() => {
                setOpen(false);
                command.run(ctx);
              }}
            >
              {command.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
