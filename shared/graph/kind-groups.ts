/** Reached elements sorted into the groups an impact or dependency panel shows. */
import type { KindId } from '../csdm/kinds';
import type { Reached } from './reached';

export interface ServiceGroups {
  businessServices: Reached[];
  businessOfferings: Reached[];
  technicalServices: Reached[];
  technicalOfferings: Reached[];
  /** Service instances of every class (application, data, network, ...). */
  serviceInstances: Reached[];
  businessApplications: Reached[];
  /** Everything else reached: applications, databases, servers, dynamic CI groups, capabilities, ... */
  otherCis: Reached[];
}

const GROUP_OF_KIND: Partial<Record<KindId, keyof ServiceGroups>> = {
  business_service: 'businessServices',
  business_offering: 'businessOfferings',
  technical_service: 'technicalServices',
  technical_offering: 'technicalOfferings',
  service_instance: 'serviceInstances',
  specialized_service_instance: 'serviceInstances',
  business_application: 'businessApplications',
};

export function groupByService(reached: readonly Reached[]): ServiceGroups {
  const groups: ServiceGroups = {
    businessServices: [],
    businessOfferings: [],
    technicalServices: [],
    technicalOfferings: [],
    serviceInstances: [],
    businessApplications: [],
    otherCis: [],
  };
  for (const item of reached) groups[GROUP_OF_KIND[item.element.kind] ?? 'otherCis'].push(item);
  return groups;
}
