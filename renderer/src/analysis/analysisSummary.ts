/** The one-sentence summary above an analysis list, in the business's terms. */
import type { Analysis, AnalysisGroupId } from '@shared/analysis';
import { listInWords } from '@shared/csdm/queries/labels';

/** Singular and plural of each group's members, for the summary sentence. */
const NOUNS: Partial<Record<AnalysisGroupId, [string, string]>> = {
  businessServices: ['business service', 'business services'],
  businessOfferings: ['business offering', 'business offerings'],
  technicalServices: ['technical service', 'technical services'],
  technicalOfferings: ['technical offering', 'technical offerings'],
  serviceInstances: ['service instance', 'service instances'],
  businessApplications: ['business application', 'business applications'],
};

const SUBSCRIBER_GROUPS: readonly AnalysisGroupId[] = [
  'companies',
  'departments',
  'locations',
  'groups',
  'users',
];

const counted = (count: number, [one, many]: readonly [string, string]): string =>
  `${count} ${count === 1 ? one : many}`;

/** "If “srv-01” fails, it impacts 1 business service, 2 business offerings and 2 subscribers (12 elements in all)." */
export function summary(analysis: Analysis): string {
  const name = `“${analysis.source.name}”`;
  if (analysis.count === 0) {
    return analysis.mode === 'impact'
      ? `Nothing depends on ${name}: when it fails, no service, offering or subscriber is impacted.`
      : `${name} depends on nothing in this model.`;
  }
  const size = (id: AnalysisGroupId) => analysis.groups.find((group) => group.id === id)?.entries.length ?? 0;
  const wanted: AnalysisGroupId[] =
    analysis.mode === 'impact'
      ? ['businessServices', 'businessOfferings']
      : ['technicalOfferings', 'serviceInstances', 'businessApplications'];
  const parts = wanted.flatMap((id) => {
    const nouns = NOUNS[id];
    return size(id) > 0 && nouns ? [counted(size(id), nouns)] : [];
  });
  const subscribers = SUBSCRIBER_GROUPS.reduce((sum, id) => sum + size(id), 0);
  if (subscribers > 0) parts.push(counted(subscribers, ['subscriber', 'subscribers']));
  const total = counted(analysis.count, ['element', 'elements']);
  if (parts.length === 0) {
    return analysis.mode === 'impact' ? `If ${name} fails, it impacts ${total}.` : `${name} needs ${total}.`;
  }
  return analysis.mode === 'impact'
    ? `If ${name} fails, it impacts ${listInWords(parts)} (${total} in all).`
    : `${name} needs ${listInWords(parts)} (${total} in all).`;
}
