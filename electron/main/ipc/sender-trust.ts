/**
 * Who may call the main process: only the main frame of one of the app's
 * own windows, showing the app's own URL. Anything else (a frame that has
 * navigated away, an iframe, a window the app did not create) is refused.
 */

/** The parts of Electron's WebFrameMain this module uses. */
export interface SenderFrame {
  url: string;
  parent: SenderFrame | null;
  processId: number;
  routingId: number;
}

/** The parts of Electron's IpcMainInvokeEvent this module uses. */
export interface SenderEvent<Contents> {
  sender: Contents;
  senderFrame: SenderFrame | null;
}

export interface SenderTrust<Contents, Window> {
  /** The app window showing these web contents, or null if it is not one of ours. */
  windowOf(contents: Contents): Window | null;
  mainFrameOf(contents: Contents): SenderFrame;
  isAppUrl(url: string): boolean;
}

export type SenderVerdict<Window> = { trusted: true; window: Window } | { trusted: false; reason: string };

export function judgeSender<Contents, Window>(
  event: SenderEvent<Contents>,
  trust: SenderTrust<Contents, Window>,
): SenderVerdict<Window> {
  const frame = event.senderFrame;
  // Null once the frame has navigated or been destroyed: its request is stale.
  if (!frame) return { trusted: false, reason: 'the sending frame is gone' };
  // Compared by process and routing id, which name the frame itself, rather than by wrapper object identity.
  const main = trust.mainFrameOf(event.sender);
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) {
    return { trusted: false, reason: 'only the main frame may call' };
  }
  const window = trust.windowOf(event.sender);
  if (window === null) return { trusted: false, reason: 'the sender is not a Mapwright window' };
  if (!trust.isAppUrl(frame.url))
    return { trusted: false, reason: `the sender is not the app (${frame.url})` };
  return { trusted: true, window };
}
