/**
 * Writes the native file: pretty JSON (two spaces, a final newline) with a
 * stable key order, so the same model always gives the same text and a
 * change to one element is a small diff in git. Fixed keys come in the
 * order of the ModelDocument type; records (elements, links, views,
 * placements, attributes) by id.
 */
import { setEntry } from '../../model/internal/records';
import type { Element, Link, ModelDocument, Placement, View } from '../../model/types';
import { NATIVE_FORMAT, NATIVE_VERSION } from './format';

function byKey<T, U>(record: Readonly<Record<string, T>>, map: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const key of Object.keys(record).sort()) setEntry(out, key, map(record[key] as T));
  return out;
}

// Typed against every key of the document types, so a new field cannot be forgotten here.
const element = (e: Element): { [K in keyof Element]-?: unknown } => ({
  id: e.id,
  kind: e.kind,
  table: e.table,
  name: e.name,
  attributes: byKey(e.attributes, (v) => v),
});
const link = (l: Link): { [K in keyof Link]-?: unknown } => ({
  id: l.id,
  type: l.type,
  from: l.from,
  to: l.to,
});
const placement = (p: Placement): { [K in keyof Placement]-?: unknown } => ({
  x: p.x,
  y: p.y,
  width: p.width,
  height: p.height,
});
const view = (v: View): { [K in keyof View]-?: unknown } => ({
  id: v.id,
  name: v.name,
  placements: byKey(v.placements, placement),
});

export function nativeModel(doc: ModelDocument): { [K in keyof ModelDocument]-?: unknown } {
  return {
    id: doc.id,
    name: doc.name,
    settings: { csdmVersion: doc.settings.csdmVersion, sourceName: doc.settings.sourceName },
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    elements: byKey(doc.elements, element),
    links: byKey(doc.links, link),
    views: byKey(doc.views, view),
    viewOrder: [...doc.viewOrder],
  };
}

/** The text of a `*.csdm.json` file. */
export function saveNative(doc: ModelDocument): string {
  return `${JSON.stringify({ format: NATIVE_FORMAT, version: NATIVE_VERSION, model: nativeModel(doc) }, null, 2)}\n`;
}
