/**
 * Registers one ipcMain.handle per contract channel. Each call first checks
 * the sender, then the arguments; only then does the handler run. A refused
 * call rejects in the renderer with a message that says why.
 */
import {
  INVOKE_CHANNELS,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
} from '../../../shared/ipc/contract';
import { checkInvokeArguments } from '../../../shared/ipc/schemas';
import { judgeSender, type SenderEvent, type SenderTrust } from './sender-trust';

export type InvokeHandler<C extends InvokeChannel, Window> = (
  window: Window,
  ...args: InvokeArgs<C>
) => Promise<InvokeResult<C>> | InvokeResult<C>;

export type InvokeHandlers<Window> = { [C in InvokeChannel]: InvokeHandler<C, Window> };

/** The part of Electron's ipcMain this module uses. */
export interface InvokeRegistry<Contents> {
  handle(
    channel: string,
    listener: (event: SenderEvent<Contents>, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export class IpcRefusal extends Error {
  override name = 'IpcRefusal';
}

export function registerInvokeHandlers<Contents, Window>(
  ipcMain: InvokeRegistry<Contents>,
  handlers: InvokeHandlers<Window>,
  trust: SenderTrust<Contents, Window>,
): void {
  const register = <C extends InvokeChannel>(channel: C) => {
    const handler: InvokeHandler<C, Window> = handlers[channel];
    ipcMain.handle(channel, (event, ...raw) => dispatch(channel, handler, trust, event, raw));
  };
  for (const channel of INVOKE_CHANNELS) register(channel);
}

async function dispatch<C extends InvokeChannel, Contents, Window>(
  channel: C,
  handler: InvokeHandler<C, Window>,
  trust: SenderTrust<Contents, Window>,
  event: SenderEvent<Contents>,
  raw: readonly unknown[],
): Promise<InvokeResult<C>> {
  const sender = judgeSender(event, trust);
  if (!sender.trusted) throw new IpcRefusal(`${channel} refused: ${sender.reason}`);
  const checked = checkInvokeArguments(channel, raw);
  if (!checked.ok)
    throw new IpcRefusal(`${channel} refused: invalid arguments: ${checked.problems.join('; ')}`);
  return handler(sender.window, ...checked.args);
}
