/**
 * The CSDM catalogue: every kind, field, choice list, lifecycle list and link
 * rule the editor knows, assembled from the data files beside it. The palette,
 * connect check, inspector, validation and export all read this one object;
 * adding a class is one entry in shared/csdm/kinds/.
 */
import type { KindId } from './kinds';
import type { Catalogue, KindDef } from './types';
import { CHOICE_LISTS } from './data/choices';
import { FORBIDDEN_LINKS } from './data/forbiddenLinks';
import { LIFECYCLE } from './data/lifecycle';
import { LINK_RULES } from './data/linkRules';
import { LINK_TYPES } from './data/linkTypes';
import { UNCONFIRMED } from './data/unconfirmed';
import {
  businessOffering,
  businessService,
  serviceCommitment,
  servicePortfolio,
  taxonomyNode,
} from './kinds/consumption';
import {
  dynamicCiGroup,
  serviceInstance,
  specializedServiceInstance,
  technicalOffering,
  technicalService,
} from './kinds/delivery';
import { businessApplication, businessCapability, informationObject, sdlcComponent } from './kinds/design';
import { company, department, group, location, user } from './kinds/foundation';
import { genericCi } from './kinds/generic';
import {
  application,
  cluster,
  database,
  loadBalancer,
  networkGear,
  server,
  virtualMachine,
} from './kinds/infrastructure';

// Typed as a full record so a kind id without a definition fails to compile.
const KINDS: Record<KindId, KindDef> = {
  business_service: businessService,
  business_offering: businessOffering,
  service_portfolio: servicePortfolio,
  taxonomy_node: taxonomyNode,
  service_commitment: serviceCommitment,
  technical_service: technicalService,
  technical_offering: technicalOffering,
  dynamic_ci_group: dynamicCiGroup,
  service_instance: serviceInstance,
  specialized_service_instance: specializedServiceInstance,
  business_application: businessApplication,
  business_capability: businessCapability,
  information_object: informationObject,
  sdlc_component: sdlcComponent,
  application,
  server,
  virtual_machine: virtualMachine,
  database,
  load_balancer: loadBalancer,
  network_gear: networkGear,
  cluster,
  company,
  department,
  location,
  group,
  user,
  generic_ci: genericCi,
};

export const CATALOGUE: Catalogue = {
  kinds: KINDS,
  choiceLists: CHOICE_LISTS,
  lifecycle: LIFECYCLE,
  linkTypes: LINK_TYPES,
  linkRules: LINK_RULES,
  forbiddenLinks: FORBIDDEN_LINKS,
  unconfirmed: UNCONFIRMED,
};
