/**
 * Infrastructure CIs beneath service instances (Crawl). Software uses the
 * logical lifecycle; hardware (servers, network, storage) the physical one.
 */
import type { KindDef } from '../types';
import { ciFields } from '../data/fields';

const infrastructure = {
  isCi: true,
  operational: true,
  domain: 'Service Delivery',
  stage: 'Crawl',
  paletteGroup: 'Infrastructure',
  layer: 6,
} as const;

export const application: KindDef = {
  ...infrastructure,
  id: 'application',
  label: 'Application',
  tables: ['cmdb_ci_appl', 'cmdb_ci_app_server', 'cmdb_ci_app_server_tomcat', 'cmdb_ci_web_server'],
  icon: 'application',
  lifecycle: 'logical',
  fields: ciFields('logical'),
  // Above the servers it runs on.
  layer: 5,
};

export const database: KindDef = {
  ...infrastructure,
  id: 'database',
  label: 'Database',
  tables: [
    'cmdb_ci_database',
    'cmdb_ci_db_instance',
    'cmdb_ci_db_ora_instance',
    'cmdb_ci_db_mssql_instance',
    'cmdb_ci_db_mysql_instance',
    'cmdb_ci_db_postgresql_instance',
  ],
  icon: 'database',
  lifecycle: 'logical',
  fields: ciFields('logical'),
  layer: 5,
};

export const server: KindDef = {
  ...infrastructure,
  id: 'server',
  label: 'Server',
  tables: [
    'cmdb_ci_server',
    'cmdb_ci_linux_server',
    'cmdb_ci_win_server',
    'cmdb_ci_unix_server',
    'cmdb_ci_aix_server',
    'cmdb_ci_solaris_server',
    'cmdb_ci_esx_server',
  ],
  icon: 'server',
  lifecycle: 'physical',
  fields: ciFields('physical'),
};

export const virtualMachine: KindDef = {
  ...infrastructure,
  id: 'virtual_machine',
  label: 'Virtual machine',
  tables: ['cmdb_ci_vm_instance', 'cmdb_ci_vmware_instance'],
  icon: 'virtual-machine',
  // A VM instance is software-defined, not a hardware asset: logical list.
  lifecycle: 'logical',
  fields: ciFields('logical'),
};

export const loadBalancer: KindDef = {
  ...infrastructure,
  id: 'load_balancer',
  label: 'Load balancer',
  tables: ['cmdb_ci_lb', 'cmdb_ci_lb_bigip'],
  icon: 'load-balancer',
  lifecycle: 'physical',
  fields: ciFields('physical'),
};

export const networkGear: KindDef = {
  ...infrastructure,
  id: 'network_gear',
  label: 'Network gear',
  pluralLabel: 'Network gear',
  tables: ['cmdb_ci_netgear', 'cmdb_ci_ip_switch', 'cmdb_ci_ip_router'],
  icon: 'network-gear',
  lifecycle: 'physical',
  fields: ciFields('physical'),
};

export const cluster: KindDef = {
  ...infrastructure,
  id: 'cluster',
  label: 'Cluster or storage',
  pluralLabel: 'Clusters and storage',
  tables: ['cmdb_ci_cluster', 'cmdb_ci_storage_device'],
  icon: 'cluster',
  lifecycle: 'physical',
  fields: ciFields('physical'),
};
