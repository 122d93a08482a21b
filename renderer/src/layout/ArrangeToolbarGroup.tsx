/**
 * The toolbar's Arrange group: Auto-layout (the whole view) and an Arrange
 * menu button for the selection (auto-layout, align, distribute). The menu
 * follows the WAI-ARIA menu button pattern: arrows move, Enter or Space runs,
 * Escape closes and gives focus back to the button.
 */
import {
  AlignCenterHorizontal,
  AlignCenterVertical,
  AlignEndHorizontal,
  AlignEndVertical,
  AlignHorizontalSpaceAround,
  AlignStartHorizontal,
  AlignStartVertical,
  AlignVerticalSpaceAround,
  ChevronDown,
  LoaderCircle,
  Network,
  Workflow,
  type LucideIcon,
} from 'lucide-react';
import {
  Fragment,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  alignBottom,
  alignCentre,
  alignLeft,
  alignMiddle,
  alignRight,
  alignTop,
  autoLayoutSelection,
  autoLayoutView,
  distributeHorizontally,
  distributeVertically,
} from '../actions/arrangeActions';
import { isEnabled, runAction } from '../actions/registry';
import { formatShortcut, isMac } from '../actions/shortcuts';
import type { Action, ActionContext } from '../actions/types';
import { useEditor } from '../editor/EditorContext';
import { usePlatform } from '../platform/PlatformContext';
import { layoutStatusOf } from './layoutStatus';
import '../styles/arrange.css';
import { useCanvasFlow } from '../canvas/useCanvasFlow';

/** The menu's sections: layout, then align, then distribute. */
const MENU: readonly (readonly [Action, LucideIcon])[][] = [
  [[autoLayoutSelection, Workflow]],
  [
    [alignLeft, AlignStartVertical],
    [alignCentre, AlignCenterVertical],
    [alignRight, AlignEndVertical],
    [alignTop, AlignStartHorizontal],
    [alignMiddle, AlignCenterHorizontal],
    [alignBottom, AlignEndHorizontal],
  ],
  [
    [distributeHorizontally, AlignHorizontalSpaceAround],
    [distributeVertically, AlignVerticalSpaceAround],
  ],
];

const NO_OVERLAYS: ActionContext['overlays'] = { open: () => undefined, toggleTheme: () => undefined };

/** Arrange actions need only the editor and the canvas; the frame's overlays play no part. */
function useArrangeContext(): ActionContext {
  const editor = useEditor();
  const platform = usePlatform();
  const flow = useCanvasFlow();
  return useMemo(() => ({ editor, flow, platform, overlays: NO_OVERLAYS }), [editor, flow, platform]);
}

/** Re-reads `read` whenever the document, the session or the layout status changes. */
function useArrangeState<T extends string | boolean | null>(ctx: ActionContext, read: () => T): T {
  const { editor } = ctx;
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stops = [
        editor.document.subscribe(onChange),
        editor.session.subscribe(onChange),
        layoutStatusOf(editor).subscribe(onChange),
      ];
      return () => stops.forEach((stop) => stop());
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, read);
}

function keyShortcut(action: Action): string | undefined {
  return action.shortcuts?.[0]?.replace('Mod', isMac ? 'Meta' : 'Control');
}

function titleOf(action: Action): string {
  const shortcut = action.shortcuts?.[0];
  return shortcut ? `${action.label} (${formatShortcut(shortcut)})` : action.label;
}

export function ArrangeToolbarGroup() {
  const ctx = useArrangeContext();
  const running = useArrangeState(ctx, () => layoutStatusOf(ctx.editor).getState().running);
  const canLayOut = useArrangeState(ctx, () => isEnabled(autoLayoutView, ctx));
  return (
    <div className="toolbar-group arrange-group" role="group" aria-label="Arrange">
      <button
        type="button"
        className="tool-button"
        aria-label={autoLayoutView.label}
        aria-keyshortcuts={keyShortcut(autoLayoutView)}
        aria-busy={running !== null}
        title={running ? 'Laying out…' : titleOf(autoLayoutView)}
        disabled={!canLayOut}
        onClick={() => runAction(autoLayoutView, ctx)}
      >
        {running ? <LoaderCircle aria-hidden className="arrange-spinner" /> : <Network aria-hidden />}
        <span className="arrange-button-text">{running ? 'Laying out…' : 'Auto-layout'}</span>
      </button>
      <ArrangeMenu ctx={ctx} />
    </div>
  );
}

function MenuItem(props: { ctx: ActionContext; action: Action; icon: LucideIcon; onRun: () => void }) {
  const { ctx, action, icon: Icon } = props;
  const enabled = useArrangeState(ctx, () => isEnabled(action, ctx));
  const shortcut = action.shortcuts?.[0];
  return (
    <button
      type="button"
      role="menuitem"
      className="arrange-menu-item"
      tabIndex={-1}
      aria-disabled={!enabled}
      aria-keyshortcuts={keyShortcut(action)}
      onClick={() => {
        if (enabled) props.onRun();
      }}
    >
      <Icon aria-hidden />
      <span className="arrange-menu-label">{action.label}</span>
      {shortcut && <kbd className="arrange-menu-shortcut">{formatShortcut(shortcut)}</kbd>}
    </button>
  );
}

function ArrangeMenu({ ctx }: { ctx: ActionContext }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = items();
    if (all.length === 0) return;
    all[(index + all.length) % all.length]?.focus();
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  // Focus the first item on opening; close when a click goes elsewhere.
  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const onMenuKeyDown = (event: React.KeyboardEvent) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(current + 1),
      ArrowUp: () => focusItem(current - 1),
      Home: () => focusItem(0),
      End: () => focusItem(all.length - 1),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const move = moves[event.key];
    if (!move) return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
    move();
  };

  return (
    <div className="arrange-menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="tool-button"
        aria-label="Arrange selection"
        title="Arrange selection: auto-layout, align, distribute"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <AlignStartVertical aria-hidden />
        <span className="arrange-button-text">Align</span>
        <ChevronDown aria-hidden className="arrange-chevron" />
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Arrange selection"
          className="arrange-menu"
          onKeyDown={onMenuKeyDown}
        >
          {MENU.map((section, index) => (
            <Fragment key={section[0]?.[0].id}>
              {index > 0 && <div role="separator" className="arrange-menu-separator" />}
              {section.map(([action, icon]) => (
                <MenuItem
                  key={action.id}
                  ctx={ctx}
                  action={action}
                  icon={icon}
                  onRun={() => {
                    close(true);
                    runAction(action, ctx);
                  }}
                />
              ))}
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
