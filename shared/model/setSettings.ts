/**
 * Change the model's settings. Switching the target CSDM version retypes links
 * whose type only exists in the old version (business application -> service
 * instance: "Consumes" in CSDM 4, "Uses" in CSDM 5), as the catalogue's
 * version-specific rules say; nothing here names those types.
 */
import type { Catalogue, LinkRule } from '../csdm/types';
import { findLinkRule } from '../csdm/queries/findLinkRule';
import { linkRulesBetween } from '../csdm/queries/linkRulesBetween';
import { done, refuse } from './internal/records';
import type { CsdmVersion, Id, Link, ModelDocument, ModelSettings, OpResult } from './types';

const VERSIONS: readonly CsdmVersion[] = [4, 5];

function counterpart(catalogue: Catalogue, settings: ModelSettings, rule: LinkRule): LinkRule | undefined {
  return linkRulesBetween(catalogue, settings, rule.from, rule.to).find((r) => r.csdmVersions !== undefined);
}

function retypeLinks(doc: ModelDocument, catalogue: Catalogue, next: ModelSettings): Record<Id, Link> {
  const links: Record<Id, Link> = {};
  const key = (l: Link): string => `${l.from}>${l.to}>${l.type}`;
  const present = new Set(Object.values(doc.links).map(key));
  for (const link of Object.values(doc.links)) {
    const from = doc.elements[link.from];
    const to = doc.elements[link.to];
    const old = from && to ? findLinkRule(catalogue, doc.settings, from.kind, to.kind, link.type) : undefined;
    const stillAllowed = old && from && to && findLinkRule(catalogue, next, from.kind, to.kind, link.type);
    const replacement = old && !stillAllowed ? counterpart(catalogue, next, old) : undefined;
    if (!replacement) {
      links[link.id] = link;
      continue;
    }
    const retyped = { ...link, type: replacement.type };
    // The same link of the new type may already exist (imported): keep that one only.
    if (present.has(key(retyped))) continue;
    present.add(key(retyped));
    links[link.id] = retyped;
  }
  return links;
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
