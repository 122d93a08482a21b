/**
 * What may link two elements when users draw a line between them, in either
 * direction: in a workshop people drag from whichever node is nearer, and the
 * editor works out which one is the parent (the consumer).
 */
import type { Id } from '../../model/types';
import type { LinkRule } from '../types';
import { checkConnection, type ConnectContext } from './canConnect';

export interface ConnectionOption {
  from: Id;
  to: Id;
  rule: LinkRule;
}

export type ConnectionOptions = { ok: true; options: ConnectionOption[] } | { ok: false; reason: string };

export function connectionOptions(ctx: ConnectContext, firstId: Id, secondId: Id): ConnectionOptions {
  const forward = checkConnection(ctx, firstId, secondId);
  const backward = checkConnection(ctx, secondId, firstId);
  const options: ConnectionOption[] = [
    ...(forward.ok ? forward.rules.map((rule) => ({ from: firstId, to: secondId, rule })) : []),
    ...(backward.ok ? backward.rules.map((rule) => ({ from: secondId, to: firstId, rule })) : []),
  ];
  if (options.length > 0) return { ok: true, options };
  // Explain the direction the user drew.
  return { ok: false, reason: forward.ok ? 'These elements cannot be linked.' : forward.reason };
}
