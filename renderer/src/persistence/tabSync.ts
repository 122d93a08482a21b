/**
 * Windows and tabs of Mapwright tell each other about saves over a
 * BroadcastChannel: after each save, {modelId, revision, tabId}. A window
 * with that model open and nothing unsaved reloads it; one with unsaved
 * changes leaves it to its next save, which meets the revision check.
 * Library changes (create, rename, delete) are announced too, so open
 * start screens refresh.
 */
import type { Id } from '@shared/model/types';

export const CHANNEL_NAME = 'mapwright';

export type TabMessage =
  { type: 'saved'; modelId: Id; revision: number; tabId: string } | { type: 'library'; tabId: string };

export interface TabChannel {
  readonly tabId: string;
  post(message: Omit<Extract<TabMessage, { type: 'saved' }>, 'tabId'> | { type: 'library' }): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Record<string, unknown>>;
  if (typeof message.tabId !== 'string') return false;
  if (message.type === 'library') return true;
  return (
    message.type === 'saved' && typeof message.modelId === 'string' && typeof message.revision === 'number'
  );
}

export function createTabChannel(tabId: string = crypto.randomUUID()): TabChannel {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  const listeners = new Set<(message: TabMessage) => void>();
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isTabMessage(event.data) || event.data.tabId === tabId) return;
      for (const listener of listeners) listener(event.data);
    };
  }
  return {
    tabId,
    post: (message) => channel?.postMessage({ ...message, tabId }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel?.close();
    },
  };
}
