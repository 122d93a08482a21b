/**
 * Link types. Relationship types are keyed by their exact cmdb_rel_type name;
 * links stored as reference fields or many-to-many rows have catalogue ids.
 */
import type { LinkTypeDef } from '../types';

export const LINK = {
  dependsOn: 'Depends on::Used by',
  contains: 'Contains::Contained by',
  runsOn: 'Runs on::Runs',
  uses: 'Uses::Used by',
  consumes: 'Consumes::Consumed by',
  providedBy: 'Provided By::Provides',
  hostedOn: 'Hosted on::Hosts',
  virtualizedBy: 'Virtualized by::Virtualizes',
  clusterOf: 'Cluster of::Cluster',
  offeringParent: 'offering.parent',
  groupMember: 'group.member',
  subscribedBy: 'subscribed_by',
  commitsTo: 'commits_to',
  portfolioContains: 'portfolio.contains',
  taxonomyContains: 'taxonomy.contains',
  capabilityParent: 'capability.parent',
} as const;

const type = (id: string, label: string, reverseLabel: string, verb: string): LinkTypeDef => ({
  id,
  label,
  reverseLabel,
  verb,
});

export const LINK_TYPES: Readonly<Record<string, LinkTypeDef>> = Object.fromEntries(
  [
    type(LINK.dependsOn, 'Depends on', 'Used by', 'depend on'),
    type(LINK.contains, 'Contains', 'Contained by', 'contain'),
    type(LINK.runsOn, 'Runs on', 'Runs', 'run on'),
    type(LINK.uses, 'Uses', 'Used by', 'use'),
    type(LINK.consumes, 'Consumes', 'Consumed by', 'consume'),
    type(LINK.providedBy, 'Provided By', 'Provides', 'be provided by'),
    type(LINK.hostedOn, 'Hosted on', 'Hosts', 'be hosted on'),
    type(LINK.virtualizedBy, 'Virtualized by', 'Virtualizes', 'be virtualized by'),
    type(LINK.clusterOf, 'Cluster of', 'Cluster', 'be clustered in'),
    type(LINK.offeringParent, 'offered as', 'offering of', 'be offered as'),
    type(LINK.groupMember, 'member', 'member of', 'have as a member'),
    type(LINK.subscribedBy, 'subscribed by', 'subscribes to', 'be subscribed by'),
    type(LINK.commitsTo, 'commits to', 'commitment of', 'commit to'),
    type(LINK.portfolioContains, 'contains', 'in portfolio', 'contain'),
    type(LINK.taxonomyContains, 'contains', 'filed under', 'contain'),
    type(LINK.capabilityParent, 'parent capability of', 'child capability of', 'be the parent capability of'),
  ].map((t) => [t.id, t]),
);
