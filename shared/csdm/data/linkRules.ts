/**
 * Every allowed link (csdm.md section 5), parent (consumer) -> child (what it
 * needs), with how export writes it. Rows naming a family ("infrastructure CI
 * or application") are expanded into its concrete kinds here, so the rest of
 * the editor only ever compares two kinds.
 */
import type { KindId } from '../kinds';
import type { LinkRule, LinkStorage } from '../types';
import { LINK } from './linkTypes';
import { UNCONFIRMED } from './unconfirmed';

const SERVICES: KindId[] = ['business_service', 'technical_service'];
const OFFERINGS: KindId[] = ['business_offering', 'technical_offering'];
/** The CSDM 5 service instance classes count as service instances wherever csdm.md says "service instance". */
const SERVICE_INSTANCES: KindId[] = ['service_instance', 'specialized_service_instance'];
/** "Application, database, server, load balancer, other infrastructure"; imported unknown CIs are infrastructure too. */
const INFRASTRUCTURE: KindId[] = [
  'application',
  'database',
  'server',
  'virtual_machine',
  'load_balancer',
  'network_gear',
  'cluster',
  'generic_ci',
];
const HOSTS: KindId[] = ['server', 'virtual_machine', 'cluster'];

const RELATIONSHIP: LinkStorage = { form: 'relationship' };

function rules(
  from: readonly KindId[],
  type: string,
  to: readonly KindId[],
  storage: LinkStorage,
  extra: Pick<LinkRule, 'csdmVersions' | 'maxParentsPerChild'> = {},
): LinkRule[] {
  return from.flatMap((f) => to.map((t) => ({ from: f, to: t, type, storage, ...extra })));
}

/** Subscription tables and their columns; the column names follow the platform's naming and are not confirmed. */
const SUBSCRIBERS: ReadonlyArray<[KindId, string, string]> = [
  ['company', 'service_subscribe_company', 'core_company'],
  ['department', 'service_subscribe_department', 'cmn_department'],
  ['location', 'service_subscribe_location', 'cmn_location'],
  ['group', 'service_subscribe_sys_user_grp', 'sys_user_group'],
  ['user', 'service_subscribe_sys_user', 'sys_user'],
];

export const LINK_RULES: readonly LinkRule[] = [
  // Services are offered as offerings; an offering has exactly one parent service.
  ...rules(
    ['business_service'],
    LINK.offeringParent,
    ['business_offering'],
    {
      form: 'reference',
      table: 'service_offering',
      field: 'parent',
      on: 'child',
    },
    { maxParentsPerChild: 1 },
  ),
  ...rules(
    ['technical_service'],
    LINK.offeringParent,
    ['technical_offering'],
    {
      form: 'reference',
      table: 'service_offering',
      field: 'parent',
      on: 'child',
    },
    { maxParentsPerChild: 1 },
  ),

  ...rules(['business_offering'], LINK.dependsOn, SERVICE_INSTANCES, RELATIONSHIP),
  // Common practice, not in the CSDM diagrams.
  ...rules(['business_offering'], LINK.dependsOn, ['technical_offering'], RELATIONSHIP),
  ...rules(['technical_offering'], LINK.contains, [...SERVICE_INSTANCES, 'dynamic_ci_group'], RELATIONSHIP),

  ...rules(['dynamic_ci_group'], LINK.groupMember, INFRASTRUCTURE, {
    form: 'many-to-many',
    table: 'cmdb_group_contains_ci',
    parentColumn: 'group',
    childColumn: 'configuration_item',
  }),

  // The type differs between CSDM 4 (and the Crawl dashboard) and CSDM 5: the model's setting picks one.
  ...rules(['business_application'], LINK.consumes, SERVICE_INSTANCES, RELATIONSHIP, { csdmVersions: [4] }),
  ...rules(['business_application'], LINK.uses, SERVICE_INSTANCES, RELATIONSHIP, { csdmVersions: [5] }),
  ...rules(['business_application'], LINK.uses, ['information_object'], RELATIONSHIP),
  ...rules(['business_application'], LINK.contains, ['sdlc_component'], RELATIONSHIP),
  ...rules(['sdlc_component'], LINK.contains, SERVICE_INSTANCES, RELATIONSHIP),

  ...rules(
    ['business_capability'],
    LINK.providedBy,
    ['business_application', 'business_service'],
    RELATIONSHIP,
  ),
  // Depth (at most 6 levels) and cycles are checked by validation on the whole graph.
  ...rules(
    ['business_capability'],
    LINK.capabilityParent,
    ['business_capability'],
    {
      form: 'reference',
      table: 'cmdb_ci_business_capability',
      field: UNCONFIRMED.capabilityParentField,
      on: 'child',
    },
    { maxParentsPerChild: 1 },
  ),

  ...rules(SERVICE_INSTANCES, LINK.dependsOn, [...SERVICE_INSTANCES, ...INFRASTRUCTURE], RELATIONSHIP),
  ...rules(['application', 'database'], LINK.runsOn, HOSTS, RELATIONSHIP),
  ...rules(['virtual_machine'], LINK.hostedOn, ['server'], RELATIONSHIP),
  ...rules(['virtual_machine'], LINK.virtualizedBy, ['server'], RELATIONSHIP),
  ...rules(['server'], LINK.clusterOf, ['cluster'], RELATIONSHIP),

  // Portfolio links are reference fields on the child (field names not confirmed).
  ...rules(
    ['service_portfolio'],
    LINK.portfolioContains,
    SERVICES,
    {
      form: 'reference',
      table: 'cmdb_ci_service',
      field: UNCONFIRMED.portfolioField,
      on: 'child',
    },
    { maxParentsPerChild: 1 },
  ),
  // Taxonomy nodes (optional) sit between a portfolio and its services: the
  // portfolio contains nodes, a node files services. Nodes are not nested here.
  ...rules(
    ['service_portfolio'],
    LINK.portfolioContains,
    ['taxonomy_node'],
    {
      form: 'reference',
      table: 'spm_taxonomy_node',
      field: UNCONFIRMED.taxonomyPortfolioField,
      on: 'child',
    },
    { maxParentsPerChild: 1 },
  ),
  ...rules(
    ['taxonomy_node'],
    LINK.taxonomyContains,
    SERVICES,
    {
      form: 'reference',
      table: 'cmdb_ci_service',
      field: UNCONFIRMED.taxonomyNodeField,
      on: 'child',
    },
    { maxParentsPerChild: 1 },
  ),

  ...SUBSCRIBERS.flatMap(([kind, table, childColumn]) =>
    rules(OFFERINGS, LINK.subscribedBy, [kind], {
      form: 'many-to-many',
      table,
      parentColumn: 'cmdb_ci_service',
      childColumn,
    }),
  ),
  ...rules(OFFERINGS, LINK.commitsTo, ['service_commitment'], {
    form: 'many-to-many',
    table: 'service_offering_commitment',
    parentColumn: 'service_offering',
    childColumn: 'service_commitment',
  }),
];
