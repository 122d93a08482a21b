/**
 * Keeps the desktop build's native menu in step with the actions: the
 * description is sent on mount and again whenever an enabled or checked
 * state may have changed (the document, its undo history, the session, a
 * running auto-layout, or a submenu's items such as the recent models).
 * Changes are coalesced (a drag changes the document many times a second)
 * and only a description that differs is sent.
 */
import { useEffect, useRef } from 'react';
import type { NativeMenu } from '@shared/ipc/native-menu';
import type { ActionContext } from '../actions/types';
import { layoutStatusOf } from '../layout/layoutStatus';
import { describeNativeMenu, subscribeToSubmenus } from './menuModel';

export const MENU_SYNC_DELAY_MS = 100;

export interface MenuSync {
  describe(): NativeMenu;
  send(menu: NativeMenu): void;
  /** Calls `onChange` whenever the description may have changed; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
  delayMs?: number;
}

/** The last description sent, kept across re-subscriptions so an unchanged menu is not sent again. */
export interface MenuSyncMemory {
  last: string | undefined;
}

/** Sends the menu now and after changes (at most once per delay); returns the function that stops. */
export function syncNativeMenu(
  { describe, send, subscribe, delayMs = MENU_SYNC_DELAY_MS }: MenuSync,
  memory: MenuSyncMemory = { last: undefined },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const menu = describe();
    const key = JSON.stringify(menu);
    if (key === memory.last) return;
    memory.last = key;
    send(menu);
  };
  flush();
  const unsubscribe = subscribe(() => {
    timer ??= setTimeout(flush, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}

export function useNativeMenu(ctx: ActionContext | null): void {
  const memory = useRef<MenuSyncMemory>({ last: undefined });
  useEffect(() => {
    if (!ctx?.platform.hasNativeMenu) return;
    const { editor, platform } = ctx;
    return syncNativeMenu(
      {
        describe: () => describeNativeMenu(ctx),
        send: (menu) => platform.setMenu(menu),
        subscribe: (onChange) => {
          const stops = [
            editor.document.subscribe(onChange),
            editor.document.temporal.subscribe(onChange),
            editor.session.subscribe(onChange),
            layoutStatusOf(editor).subscribe(onChange),
            subscribeToSubmenus(ctx, onChange),
          ];
          return () => stops.forEach((stop) => stop());
        },
      },
      memory.current,
    );
  }, [ctx]);
}
