/**
 * Copy and paste between models and windows travel as text on the system
 * clipboard; this is that text's format, checked on the way back in because
 * the clipboard may hold anything.
 */
import { z } from 'zod';
import { KIND_IDS } from '../csdm/kinds';
import type { ModelFragment } from './types';

const FORMAT = 'mapwright/fragment';
const VERSION = 1;

const finite = z.number().finite();
const fragmentSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  elements: z
    .array(
      z.object({
        id: z.string().min(1),
        kind: z.enum(KIND_IDS),
        table: z.string().min(1),
        name: z.string(),
        attributes: z.record(z.string(), z.string()),
      }),
    )
    .max(100_000),
  links: z.array(
    z.object({ id: z.string().min(1), type: z.string().min(1), from: z.string(), to: z.string() }),
  ),
  placements: z.record(
    z.string(),
    z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  ),
});

export function fragmentToText(fragment: ModelFragment): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, ...fragment });
}

/** The fragment in a clipboard text, or null when the text is something else. */
export function fragmentFromText(text: string): ModelFragment | null {
  if (!text.includes(FORMAT)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = fragmentSchema.safeParse(data);
  if (!parsed.success) return null;
  const { elements, links, placements } = parsed.data;
  return { elements, links, placements };
}
