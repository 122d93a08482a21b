/**
 * The runtime shape of a ModelDocument, checked wherever a model comes from
 * outside the program: the bundled sample, and later the native file format
 * (`*.csdm.json`) and the database. Shape and types are checked by the
 * schema (strict: unknown keys are errors, not silently dropped); the ties
 * between records (ids match their keys, links and placements name existing
 * elements, the view order lists exactly the views) by the structural
 * invariants. `parseModelDocument` runs both and answers in words that name
 * where the input is wrong.
 */
import { z } from 'zod';
import { KIND_IDS } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import { checkInvariants } from './checkInvariants';
import { MIN_NODE_SIZE } from './sizes';
import type { ModelDocument } from './types';

const id = z.string().min(1, 'must be a non-empty id');
// Zod 4 numbers are finite: NaN and Infinity are refused.
const finite = z.number();
const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time' });

export const elementSchema = z.strictObject({
  id,
  kind: z.enum(KIND_IDS),
  table: z.string().min(1, 'must name a table'),
  name: z.string(),
  attributes: z.record(z.string(), z.string()),
});

export const linkSchema = z.strictObject({
  id,
  type: z.string().min(1, 'must name a link type'),
  from: id,
  to: id,
});

export const placementSchema = z.strictObject({
  x: finite,
  y: finite,
  width: finite.min(MIN_NODE_SIZE.width, `must be at least ${MIN_NODE_SIZE.width}`),
  height: finite.min(MIN_NODE_SIZE.height, `must be at least ${MIN_NODE_SIZE.height}`),
});

export const viewSchema = z.strictObject({
  id,
  name: z.string().refine((name) => name.trim() !== '', 'a view needs a name'),
  placements: z.record(z.string(), placementSchema),
});

export const settingsSchema = z.strictObject({
  csdmVersion: z.union([z.literal(4), z.literal(5)], { message: 'must be 4 or 5' }),
  sourceName: z.string(),
});

export const modelDocumentSchema = z.strictObject({
  id,
  name: z.string(),
  settings: settingsSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  elements: z.record(z.string(), elementSchema),
  links: z.record(z.string(), linkSchema),
  views: z.record(z.string(), viewSchema),
  viewOrder: z.array(id).min(1, 'a model has at least one view'),
});

export type ParsedDocument = { ok: true; doc: ModelDocument } | { ok: false; reason: string };

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 5;

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the model' : path.map(String).join('.');
}

function listed(problems: string[]): string {
  const shown = problems.slice(0, MAX_LISTED).join('; ');
  const more = problems.length - MAX_LISTED;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

/**
 * Zod leaves out a "__proto__" key rather than keep it as data, so an element
 * stored under it would vanish without a word: refuse such input instead.
 */
function reservedKeys(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  for (const name of ['elements', 'links', 'views'] as const) {
    const entries = record[name];
    if (typeof entries !== 'object' || entries === null) continue;
    if (Object.hasOwn(entries, '__proto__')) problems.push(`${name}: "__proto__" cannot be an id`);
    if (name !== 'views') continue;
    for (const [viewId, view] of Object.entries(entries)) {
      const placements = (view as { placements?: unknown } | null)?.placements;
      if (typeof placements === 'object' && placements !== null && Object.hasOwn(placements, '__proto__')) {
        problems.push(`views.${viewId}.placements: "__proto__" cannot be an id`);
      }
    }
  }
  return problems;
}

/**
 * A model document from untrusted data (parsed JSON), or the reason it is not
 * one: each problem names its place ("elements.e1.kind: ..."). Catalogue rules
 * (allowed links, attribute values) are not checked here: imported models may
 * break them on purpose, and validation reports them.
 */
export function parseModelDocument(data: unknown, catalogue: Catalogue): ParsedDocument {
  const reserved = reservedKeys(data);
  if (reserved.length > 0)
    return { ok: false, reason: `This is not a valid Mapwright model: ${listed(reserved)}.` };
  const parsed = modelDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${where(issue.path)}: ${issue.message}`);
    return { ok: false, reason: `This is not a valid Mapwright model: ${listed(problems)}.` };
  }
  const doc: ModelDocument = parsed.data;
  const broken = checkInvariants(doc, catalogue, { structuralOnly: true });
  if (broken.length > 0)
    return { ok: false, reason: `This model does not hold together: ${listed(broken)}.` };
  return { ok: true, doc };
}
