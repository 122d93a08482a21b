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

const type = (id: string, label: string, reverseLabel: string): LinkTypeDef => ({ id, label, reverseLabel });

export const LINK_TYPES: Readonly<Record<string, LinkTypeDef>> = Object.fromEntries(
  [
    type(LINK.dependsOn, 'Depends on', 'Used by'),
    type(LINK.contains, 'Contains', 'Contained by'),
    type(LINK.runsOn, 'Runs on', 'Runs'),
    type(LINK.uses, 'Uses', 'Used by'),
    type(LINK.consumes, 'Consumes', 'Consumed by'),
    type(LINK.providedBy, 'Provided By', 'Provides'),
    type(LINK.hostedOn, 'Hosted on', 'Hosts'),
    type(LINK.virtualizedBy, 'Virtualized by', 'Virtualizes'),
    type(LINK.clusterOf, 'Cluster of', 'Cluster'),
    type(LINK.offeringParent, 'offered as', 'offering of'),
    type(LINK.groupMember, 'member', 'member of'),
    type(LINK.subscribedBy, 'subscribed by', 'subscribes to'),
    type(LINK.commitsTo, 'commits to', 'commitment of'),
    type(LINK.portfolioContains, 'contains', 'in portfolio'),
    type(LINK.taxonomyContains, 'contains', 'filed under'),
    type(LINK.capabilityParent, 'parent capability of', 'child capability of'),
  ].map((t) => [t.id, t]),
);
