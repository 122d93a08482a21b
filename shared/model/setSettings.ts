/**
 * Change the model's settings. Switching the target CSDM version retypes links
 * whose type only exists in the old version (business application -> service
 * instance: "Consumes" in CSDM 4, "Uses" in CSDM 5), as the catalogue's
 * version-specific rules say; nothing here names those types.
 */
import type { KindId } from '../csdm/kinds';
import type { Catalogue, LinkRule } from '../csdm/types';
import { findLinkRule } from '../csdm/queries/findLinkRule';
import { linkRulesBetween } from '../csdm/queries/linkRulesBetween';
import { done, mapEntries, refuse } from './internal/records';
import type { CsdmVersion, Id, Link, ModelDocument, ModelSettings, OpResult } from './types';

const VERSIONS: readonly CsdmVersion[] = [4, 5];

function counterpart(catalogue: Catalogue, settings: ModelSettings, rule: LinkRule): LinkRule | undefined {
  return linkRulesBetween(catalogue, settings, rule.from, rule.to).find((r) => r.csdmVersions !== undefined);
}

/** The rule to switch to, when a link's type belongs to the old version only. */
function replacementRule(
  catalogue: Catalogue,
  prev: ModelSettings,
  next: ModelSettings,
  fromKind: KindId,
  toKind: KindId,
  type: string,
): LinkRule | undefined {
  const old = findLinkRule(catalogue, prev, fromKind, toKind, type);
  if (!old?.csdmVersions || findLinkRule(catalogue, next, fromKind, toKind, type)) return undefined;
  return counterpart(catalogue, next, old);
}

/** The links with version-specific types swapped; the same record when none needs it. */
function retypeLinks(doc: ModelDocument, catalogue: Catalogue, next: ModelSettings): ModelDocument['links'] {
  const key = (l: Link): string => `${l.from}>${l.to}>${l.type}`;
  const changes = new Map<Id, Link | undefined>();
  // Per kind pair and type, not per link: large models have few distinct ones.
  const replacements = new Map<string, LinkRule | undefined>();
  let present: Set<string> | undefined;
  for (const link of Object.values(doc.links)) {
    const from = doc.elements[link.from];
    const to = doc.elements[link.to];
    if (!from || !to) continue;
    const pair = `${from.kind}>${to.kind}>${link.type}`;
    if (!replacements.has(pair))
      replacements.set(pair, replacementRule(catalogue, doc.settings, next, from.kind, to.kind, link.type));
    const replacement = replacements.get(pair);
    if (!replacement) continue;
    present ??= new Set(Object.values(doc.links).map(key));
    const retyped = { ...link, type: replacement.type };
    // The same link of the new type may already exist (imported): keep that one only.
    changes.set(link.id, present.has(key(retyped)) ? undefined : retyped);
    present.add(key(retyped));
  }
  if (changes.size === 0) return doc.links;
  return mapEntries(doc.links, (link, id) => (changes.has(id) ? changes.get(id) : link));
}

export function setSettings(
  doc: ModelDocument,
  catalogue: Catalogue,
  changes: Partial<ModelSettings>,
): OpResult {
  const settings: ModelSettings = { ...doc.settings, ...changes };
  if (!VERSIONS.includes(settings.csdmVersion)) return refuse('Mapwright targets CSDM 4 or CSDM 5.');
  settings.sourceName = settings.sourceName.trim();
  if (settings.sourceName === '') {
    return refuse('A source name is required: ServiceNow recognises re-exported records by it.');
  }
  if (settings.csdmVersion === doc.settings.csdmVersion && settings.sourceName === doc.settings.sourceName) {
    return done(doc);
  }
  const links =
    settings.csdmVersion === doc.settings.csdmVersion ? doc.links : retypeLinks(doc, catalogue, settings);
  return done({ ...doc, settings, links });
}
