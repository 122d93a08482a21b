/** Service Delivery kinds: technical services, their offerings, groups and service instances. */
import type { KindDef } from '../types';
import { ciFields, portfolioFields, serviceFields } from '../data/fields';

export const technicalService: KindDef = {
  id: 'technical_service',
  // The palette says "Technical service"; CSDM 5's own term stays searchable and visible.
  label: 'Technical service',
  aliases: ['Technology management service'],
  tables: ['cmdb_ci_service_technical'],
  serviceClassification: 'Technical Service',
  isCi: true,
  operational: true,
  domain: 'Service Delivery',
  stage: 'Walk',
  paletteGroup: 'Service Delivery',
  icon: 'technical-service',
  lifecycle: 'logical',
  fields: [...ciFields('logical'), ...serviceFields(), ...portfolioFields()],
  layer: 3,
};

export const technicalOffering: KindDef = {
  id: 'technical_offering',
  label: 'Technical service offering',
  aliases: ['Technology management service offering'],
  tables: ['service_offering'],
  serviceClassification: 'Technical Service',
  isCi: true,
  operational: true,
  domain: 'Service Delivery',
  stage: 'Walk',
  paletteGroup: 'Service Delivery',
  icon: 'technical-service-offering',
  lifecycle: 'logical',
  fields: [...ciFields('logical'), ...serviceFields(), ...portfolioFields()],
  layer: 3,
};

export const dynamicCiGroup: KindDef = {
  id: 'dynamic_ci_group',
  label: 'Dynamic CI group',
  tables: ['cmdb_ci_query_based_service'],
  serviceClassification: 'Technical Service',
  isCi: true,
  operational: true,
  domain: 'Service Delivery',
  stage: 'Walk',
  paletteGroup: 'Service Delivery',
  icon: 'dynamic-ci-group',
  lifecycle: 'logical',
  fields: [...ciFields('logical'), ...serviceFields()],
  layer: 4,
};

export const serviceInstance: KindDef = {
  id: 'service_instance',
  label: 'Service instance',
  formerLabel: 'Application service',
  tables: [
    'cmdb_ci_service_discovered',
    'cmdb_ci_service_auto',
    'cmdb_ci_service_calculated',
    'cmdb_ci_service_by_tags',
  ],
  serviceClassification: 'Application Service',
  isCi: true,
  operational: true,
  domain: 'Service Delivery',
  stage: 'Crawl',
  paletteGroup: 'Service Delivery',
  icon: 'service-instance',
  lifecycle: 'logical',
  fields: [
    ...ciFields('logical'),
    ...serviceFields(),
    { column: 'environment', label: 'Environment', type: 'string', maxLength: 40 },
  ],
  layer: 4,
};

/** The other CSDM 5 service instance classes (data, network, process, connection, facility). */
export const specializedServiceInstance: KindDef = {
  id: 'specialized_service_instance',
  label: 'Other service instance',
  tables: [
    'cmdb_ci_data_service_instance',
    'cmdb_ci_network_service_instance',
    'cmdb_ci_operational_process_service_instance',
    'cmdb_ci_connection_service_instance',
    'cmdb_ci_facility_service_instance',
  ],
  isCi: true,
  operational: true,
  domain: 'Service Delivery',
  stage: 'Crawl',
  paletteGroup: 'Service Delivery',
  icon: 'service-instance',
  lifecycle: 'logical',
  fields: [
    ...ciFields('logical'),
    { column: 'environment', label: 'Environment', type: 'string', maxLength: 40 },
  ],
  layer: 4,
};
