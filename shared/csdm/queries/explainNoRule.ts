/** Why the catalogue has no link from one kind to another, in the users' words. */
import type { KindId } from '../kinds';
import type { Catalogue } from '../types';
import { kindNoun, kindPlural, listInWords, withArticle, withArticleCapitalised } from './labels';
import { linkRulesBetween, type VersionSetting } from './linkRulesBetween';

/** "A business service cannot depend on a server" (or "... cannot be linked to ..." without a type). */
function cannot(catalogue: Catalogue, fromKind: KindId, toKind: KindId, type: string | undefined): string {
  const typeDef = type === undefined ? undefined : catalogue.linkTypes[type];
  const verb = typeDef?.verb ?? 'be linked to';
  const suffix = type !== undefined && !typeDef?.verb ? ` with "${type}"` : '';
  return `${withArticleCapitalised(catalogue.kinds[fromKind])} cannot ${verb} ${withArticle(catalogue.kinds[toKind])}${suffix}`;
}

function typeLabels(catalogue: Catalogue, types: readonly string[]): string[] {
  return [...new Set(types)].map((t) => `"${catalogue.linkTypes[t]?.label ?? t}"`);
}

/** Kinds a kind may link to, in catalogue order, for "CSDM links X only to ...". */
function targetsOf(catalogue: Catalogue, settings: VersionSetting, fromKind: KindId): string[] {
  const targets = new Set<KindId>();
  for (const rule of catalogue.linkRules) {
    if (rule.from === fromKind && linkRulesBetween(catalogue, settings, rule.from, rule.to).length > 0) {
      targets.add(rule.to);
    }
  }
  return [...targets].map((kind) => kindPlural(catalogue.kinds[kind]));
}

export function explainNoRule(
  catalogue: Catalogue,
  settings: VersionSetting,
  fromKind: KindId,
  toKind: KindId,
  type?: string,
): string {
  const head = cannot(catalogue, fromKind, toKind, type);
  const forbidden = catalogue.forbiddenLinks.find((f) => f.from.includes(fromKind) && f.to.includes(toKind));
  if (forbidden) return `${head}. ${forbidden.reason}`;

  const otherTypes = linkRulesBetween(catalogue, settings, fromKind, toKind).map((rule) => rule.type);
  if (otherTypes.length > 0) {
    return `${head}: CSDM links these two with ${listInWords(typeLabels(catalogue, otherTypes), 'or')} only.`;
  }
  const reverse = linkRulesBetween(catalogue, settings, toKind, fromKind);
  if (reverse.length > 0) {
    const to = catalogue.kinds[toKind];
    const from = catalogue.kinds[fromKind];
    return `${head}: draw the link the other way, from the ${kindNoun(to)} to the ${kindNoun(from)}.`;
  }
  const targets = targetsOf(catalogue, settings, fromKind);
  const from = kindPlural(catalogue.kinds[fromKind]);
  if (targets.length === 0) {
    return `${head}: CSDM links nothing from ${from}; link to them from the other side.`;
  }
  return `${head}: CSDM links ${from} only to ${listInWords(targets, 'and')}.`;
}
