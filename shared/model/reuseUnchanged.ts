/**
 * A document read back from storage (another window's save, a restored
 * version) is all new objects. Where a record equals the one already in the
 * editor, this keeps the old object: the canvas re-renders only what really
 * changed and autosave's identity diff writes only those rows.
 */
import type { Element, Id, Link, ModelDocument, ModelSettings, Placement, View } from './types';

function sameAttributes(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

const sameElement = (a: Element, b: Element): boolean =>
  a.id === b.id &&
  a.kind === b.kind &&
  a.table === b.table &&
  a.name === b.name &&
  sameAttributes(a.attributes, b.attributes);

const sameLink = (a: Link, b: Link): boolean =>
  a.id === b.id && a.type === b.type && a.from === b.from && a.to === b.to;

const samePlacement = (a: Placement, b: Placement): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

const sameSettings = (a: ModelSettings, b: ModelSettings): boolean =>
  a.csdmVersion === b.csdmVersion && a.sourceName === b.sourceName;

/** `next` with each record equal to its counterpart in `current` replaced by that object; whole collections too. */
function reuseRecords<T>(
  current: Readonly<Record<Id, T>>,
  next: Readonly<Record<Id, T>>,
  reuse: (old: T, fresh: T) => T,
): Readonly<Record<Id, T>> {
  const keys = Object.keys(next);
  let allSame = keys.length === Object.keys(current).length;
  const result: Record<Id, T> = {};
  for (const key of keys) {
    const fresh = next[key] as T;
    const old = Object.hasOwn(current, key) ? current[key] : undefined;
    const value = old === undefined ? fresh : reuse(old, fresh);
    if (value !== old) allSame = false;
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return allSame ? current : result;
}

const reuseIf =
  <T>(same: (a: T, b: T) => boolean) =>
  (old: T, fresh: T): T =>
    same(old, fresh) ? old : fresh;

function reuseView(old: View, fresh: View): View {
  const placements = reuseRecords(old.placements, fresh.placements, reuseIf(samePlacement));
  if (placements === old.placements && old.name === fresh.name && old.id === fresh.id) return old;
  return { ...fresh, placements: placements as Record<Id, Placement> };
}

export function reuseUnchanged(current: ModelDocument, next: ModelDocument): ModelDocument {
  const elements = reuseRecords(current.elements, next.elements, reuseIf(sameElement));
  const links = reuseRecords(current.links, next.links, reuseIf(sameLink));
  const views = reuseRecords(current.views, next.views, reuseView);
  const settings = sameSettings(current.settings, next.settings) ? current.settings : next.settings;
  const viewOrder =
    current.viewOrder.length === next.viewOrder.length &&
    current.viewOrder.every((id, i) => id === next.viewOrder[i])
      ? current.viewOrder
      : next.viewOrder;
  const result: ModelDocument = {
    ...next,
    settings,
    viewOrder,
    elements: elements as Record<Id, Element>,
    links: links as Record<Id, Link>,
    views: views as Record<Id, View>,
  };
  const unchanged =
    result.id === current.id &&
    result.name === current.name &&
    result.createdAt === current.createdAt &&
    result.updatedAt === current.updatedAt &&
    settings === current.settings &&
    viewOrder === current.viewOrder &&
    elements === current.elements &&
    links === current.links &&
    views === current.views;
  return unchanged ? current : result;
}
