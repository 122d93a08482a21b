/**
 * Walk: a CI reached through the dynamic CI groups of two different technical
 * services gets two support routes; CSDM allows one (csdm.md section 5).
 * Offerings of the same service may share it; an offering without a parent
 * service counts on its own.
 */
import type { Element, Id } from '../../model/types';
import { PASS, elementFinding } from '../finding';
import { listInWords } from '../../csdm/queries/labels';
import { named, quoted } from '../phrases';
import { catalogueFacts } from '../catalogue-facts';
import { parentsOfKind } from '../relations';
import type { ElementRule } from '../types';

/** CI <- group <- technical offering <- technical service: the check reads exactly these parents. */
const WALKED = new Set(['dynamic_ci_group', 'technical_offering', 'technical_service']);

export const ciInTwoTechnicalServices: ElementRule = {
  id: 'ci-in-two-technical-services',
  stage: 'Walk',
  severity: 'warning',
  title: 'CIs in the dynamic CI groups of one technical service only',
  subject: 'element',
  scope: { kind: 'ancestors', depth: 3, follows: (_link, parent) => WALKED.has(parent.kind) },
  check(ctx, ci) {
    const facts = catalogueFacts(ctx.catalogue);
    const groups = parentsOfKind(ctx, ci, ['dynamic_ci_group'], facts.groupMemberTypes);
    if (groups.length === 0) return null;
    // Owner (the technical service, else the offering) -> the groups reaching the CI through it.
    const owners = new Map<Id, { owner: Element; groups: Set<string> }>();
    for (const group of groups) {
      for (const offering of parentsOfKind(ctx, group, ['technical_offering'])) {
        const services = parentsOfKind(ctx, offering, ['technical_service'], facts.offeringParentTypes);
        for (const owner of services.length > 0 ? services : [offering]) {
          const entry = owners.get(owner.id) ?? { owner, groups: new Set<string>() };
          entry.groups.add(quoted(group));
          owners.set(owner.id, entry);
        }
      }
    }
    if (owners.size < 2) return PASS;
    const described = [...owners.values()]
      .map(({ owner, groups: via }) => `${quoted(owner)} (through ${listInWords([...via].sort(), 'and')})`)
      .sort((a, b) => a.localeCompare(b));
    return [
      elementFinding(
        ciInTwoTechnicalServices,
        ci,
        `${named(ctx.catalogue, ci)} is in the dynamic CI groups of ${owners.size} technical services: ${listInWords(described)}. Incidents on it would have more than one support route.`,
        'Keep it in the group of one technical service and narrow the other groups.',
      ),
    ];
  },
};
