/**
 * Whether users may draw a link between two elements, and with which rules.
 * Besides the catalogue's rules it refuses self-links, a second identical link,
 * and a second parent where a rule allows only one (an offering's service).
 */
import type { Element, Id, Link, ModelDocument } from '../../model/types';
import type { Catalogue, LinkRule } from '../types';
import { explainNoRule } from './explainNoRule';
import { kindNoun, withArticle } from './labels';
import { linkRulesBetween, type VersionSetting } from './linkRulesBetween';

export type ConnectCheck = { ok: true; rules: LinkRule[] } | { ok: false; reason: string };

/** What the check needs from a document; bulk operations pass an indexed view to stay fast. */
export interface ConnectContext {
  catalogue: Catalogue;
  settings: VersionSetting;
  element(id: Id): Element | undefined;
  /** Links whose child is `id`: enough to find duplicates and existing parents. */
  linksInto(id: Id): readonly Link[];
}

function typeLabel(catalogue: Catalogue, type: string): string {
  return catalogue.linkTypes[type]?.label ?? type;
}

export function checkConnection(ctx: ConnectContext, fromId: Id, toId: Id, type?: string): ConnectCheck {
  const { catalogue, settings } = ctx;
  const from = ctx.element(fromId);
  const to = ctx.element(toId);
  if (!from || !to) return { ok: false, reason: 'One of these elements is no longer in the model.' };
  if (fromId === toId) return { ok: false, reason: `"${from.name}" cannot be linked to itself.` };

  const candidates = linkRulesBetween(catalogue, settings, from.kind, to.kind).filter(
    (rule) => type === undefined || rule.type === type,
  );
  if (candidates.length === 0) {
    return { ok: false, reason: explainNoRule(catalogue, settings, from.kind, to.kind, type) };
  }

  const into = ctx.linksInto(toId);
  const fresh = candidates.filter((rule) => !into.some((l) => l.from === fromId && l.type === rule.type));
  if (fresh.length === 0) {
    const labels = [...new Set(candidates.map((rule) => `"${typeLabel(catalogue, rule.type)}"`))].join(
      ' and ',
    );
    return { ok: false, reason: `"${from.name}" and "${to.name}" are already linked by ${labels}.` };
  }

  const open = fresh.filter(
    (rule) =>
      rule.maxParentsPerChild === undefined ||
      into.filter((l) => l.type === rule.type).length < rule.maxParentsPerChild,
  );
  if (open.length === 0) {
    const existing = into.find((l) => fresh.some((rule) => rule.type === l.type));
    const parent = existing ? ctx.element(existing.from) : undefined;
    const parentKind = parent ? kindNoun(catalogue.kinds[parent.kind]) : 'parent';
    const parentName = parent ? ` ("${parent.name}")` : '';
    return {
      ok: false,
      reason: `"${to.name}" already has a ${parentKind}${parentName}: ${withArticle(catalogue.kinds[to.kind])} can have only one.`,
    };
  }
  return { ok: true, rules: open };
}

/** Document-level check; scans the links once, which is fine for one interactive connect. */
export function canConnect(
  catalogue: Catalogue,
  doc: ModelDocument,
  fromId: Id,
  toId: Id,
  type?: string,
): ConnectCheck {
  return checkConnection(
    {
      catalogue,
      settings: doc.settings,
      element: (id) => doc.elements[id],
      linksInto: (id) => Object.values(doc.links).filter((link) => link.to === id),
    },
    fromId,
    toId,
    type,
  );
}
