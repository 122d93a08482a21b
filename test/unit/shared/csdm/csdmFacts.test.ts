/** Facts of csdm.md, spot-checked against the catalogue word for word. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../shared/csdm/kinds';

const tables = (kind: KindId) => CATALOGUE.kinds[kind].tables;
const choiceValues = (list: string) => CATALOGUE.choiceLists[list]?.map((c) => c.value);

describe('kinds of csdm.md section 2', () => {
  it.each<[KindId, string]>([
    ['business_service', 'cmdb_ci_service_business'],
    ['business_offering', 'service_offering'],
    ['service_portfolio', 'spm_service_portfolio'],
    ['taxonomy_node', 'spm_taxonomy_node'],
    ['technical_service', 'cmdb_ci_service_technical'],
    ['technical_offering', 'service_offering'],
    ['dynamic_ci_group', 'cmdb_ci_query_based_service'],
    ['service_instance', 'cmdb_ci_service_discovered'],
    ['specialized_service_instance', 'cmdb_ci_data_service_instance'],
    ['business_application', 'cmdb_ci_business_app'],
    ['business_capability', 'cmdb_ci_business_capability'],
    ['information_object', 'cmdb_ci_information_object'],
    ['sdlc_component', 'cmdb_ci_sdlc_component'],
    ['application', 'cmdb_ci_appl'],
    ['server', 'cmdb_ci_server'],
    ['virtual_machine', 'cmdb_ci_vm_instance'],
    ['database', 'cmdb_ci_database'],
    ['load_balancer', 'cmdb_ci_lb'],
    ['network_gear', 'cmdb_ci_netgear'],
    ['cluster', 'cmdb_ci_cluster'],
    ['company', 'core_company'],
    ['department', 'cmn_department'],
    ['location', 'cmn_location'],
    ['group', 'sys_user_group'],
    ['user', 'sys_user'],
    ['service_commitment', 'service_commitment'],
  ])('%s is stored in %s by default', (kind, table) => {
    expect(tables(kind)[0]).toBe(table);
  });

  it('lists the table families exactly', () => {
    expect(tables('service_instance')).toEqual([
      'cmdb_ci_service_discovered',
      'cmdb_ci_service_auto',
      'cmdb_ci_service_calculated',
      'cmdb_ci_service_by_tags',
    ]);
    expect(tables('server')).toEqual([
      'cmdb_ci_server',
      'cmdb_ci_linux_server',
      'cmdb_ci_win_server',
      'cmdb_ci_unix_server',
      'cmdb_ci_aix_server',
      'cmdb_ci_solaris_server',
      'cmdb_ci_esx_server',
    ]);
    expect(tables('database')).toContain('cmdb_ci_db_postgresql_instance');
    expect(tables('application')).toEqual([
      'cmdb_ci_appl',
      'cmdb_ci_app_server',
      'cmdb_ci_app_server_tomcat',
      'cmdb_ci_web_server',
    ]);
    expect(tables('specialized_service_instance')).toEqual([
      'cmdb_ci_data_service_instance',
      'cmdb_ci_network_service_instance',
      'cmdb_ci_operational_process_service_instance',
      'cmdb_ci_connection_service_instance',
      'cmdb_ci_facility_service_instance',
    ]);
  });

  it('never stores a business application in cmdb_ci_appl', () => {
    expect(tables('business_application')).not.toContain('cmdb_ci_appl');
  });

  it('shows CSDM 5 labels, with the former or CSDM 5 term beside them', () => {
    expect(CATALOGUE.kinds.service_instance).toMatchObject({
      label: 'Service instance',
      formerLabel: 'Application service',
    });
    expect(CATALOGUE.kinds.technical_service.label).toBe('Technical service');
    expect(CATALOGUE.kinds.technical_service.aliases).toContain('Technology management service');
  });

  it('records service_classification, CI and operational flags as csdm.md says', () => {
    expect(CATALOGUE.kinds.business_service.serviceClassification).toBe('Business Service');
    expect(CATALOGUE.kinds.technical_offering.serviceClassification).toBe('Technical Service');
    expect(CATALOGUE.kinds.dynamic_ci_group.serviceClassification).toBe('Technical Service');
    expect(CATALOGUE.kinds.service_instance.serviceClassification).toBe('Application Service');
    for (const kind of ['business_application', 'business_capability', 'information_object'] as const) {
      expect(CATALOGUE.kinds[kind]).toMatchObject({ isCi: true, operational: false });
    }
    for (const kind of ['service_portfolio', 'company', 'user', 'service_commitment'] as const) {
      expect(CATALOGUE.kinds[kind].isCi).toBe(false);
    }
  });

  it('puts the kinds on the CSDM layers used by auto-layout', () => {
    const layer = (kind: KindId) => CATALOGUE.kinds[kind].layer;
    expect(layer('business_capability')).toBe(0);
    expect(layer('business_application')).toBe(1);
    expect(layer('business_service')).toBe(2);
    expect(layer('technical_offering')).toBe(3);
    expect(layer('service_instance')).toBe(4);
    expect(layer('database')).toBe(5);
    expect(layer('server')).toBe(6);
  });
});

describe('fields and choices of csdm.md section 3', () => {
  it('labels assignment_group "Change Group" and change_control "Approval group"', () => {
    const field = (column: string) => CATALOGUE.kinds.server.fields.find((f) => f.column === column);
    expect(field('assignment_group')?.label).toBe('Change Group');
    expect(field('change_control')?.label).toBe('Approval group');
    expect(field('owned_by')?.references).toEqual(['user']);
    expect(field('support_group')?.references).toEqual(['group']);
  });

  it('spells busines_criticality as ServiceNow does, with its exact values', () => {
    const field = CATALOGUE.kinds.business_service.fields.find((f) => f.column === 'busines_criticality');
    expect(field?.type).toBe('choice');
    expect(choiceValues('busines_criticality')).toEqual([
      '1 - most critical',
      '2 - somewhat critical',
      '3 - less critical',
      '4 - not critical',
    ]);
  });

  it('has operational_status 1..9 with their labels', () => {
    const list = CATALOGUE.choiceLists['operational_status'];
    expect(list?.map((c) => c.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(list?.[0]?.label).toBe('Operational');
    expect(list?.[5]?.label).toBe('Retired');
    expect(list?.[8]?.label).toBe('Not in Use');
  });

  it('has the used_for values', () => {
    expect(choiceValues('used_for')).toEqual([
      'Production',
      'Staging',
      'QA',
      'Test',
      'Development',
      'Demonstration',
      'Training',
      'Disaster Recovery',
    ]);
  });

  it('limits a service instance environment to 40 characters', () => {
    const field = CATALOGUE.kinds.service_instance.fields.find((f) => f.column === 'environment');
    expect(field).toMatchObject({ type: 'string', maxLength: 40 });
  });
});

describe('lifecycle of csdm.md section 4', () => {
  it('has the logical list exactly', () => {
    expect(CATALOGUE.lifecycle.logical).toEqual({
      Ideation: ['Under Evaluation', 'Pilot'],
      Purchase: ['On Order', 'Preallocated'],
      Inventory: ['Available'],
      Design: ['Design', 'Chartered', 'Build'],
      Deploy: ['Test'],
      Operational: ['In Use', 'End of Support', 'Pending Retirement'],
      'End of Operation': ['On Hold'],
      'End of Life': ['Retired', 'Obsolete'],
    });
  });

  it('has the physical list exactly', () => {
    expect(CATALOGUE.lifecycle.physical).toEqual({
      Ideation: ['Under Evaluation', 'Pilot'],
      Purchase: ['On Order', 'Preallocated'],
      Design: ['Design', 'Chartered', 'Build'],
      Inventory: ['Available', 'Reserved', 'Preallocated', 'Pending Repair', 'Legal Hold', 'Quarantine'],
      Deploy: ['In Stock', 'Reserved', 'Pending Transfer', 'In Transit', 'Test'],
      Operational: [
        'Pending Fulfillment',
        'In Use',
        'In Maintenance',
        'End of Support',
        'Pending Retirement',
      ],
      'End of Operation': [
        'Pending Evaluation',
        'Pending Return',
        'In Transit',
        'Pending Resale',
        'Pending Certificate',
        'Pending Disposal',
        'Pending Donation',
        'On Hold',
      ],
      Defective: ['In Stock', 'In Transit'],
      Missing: ['Lost', 'Stolen'],
      'End of Life': [
        'Pending Disposal',
        'In Transit',
        'Pending Certificate',
        'Disposed',
        'Donated',
        'RMA',
        'Sold',
        'Vendor Credit',
        'Buyout',
        'Lease Return',
      ],
    });
  });

  it('uses the logical list for services and applications, the physical one for hardware', () => {
    for (const kind of [
      'business_service',
      'technical_offering',
      'service_instance',
      'business_application',
    ] as const) {
      expect(CATALOGUE.kinds[kind].lifecycle).toBe('logical');
    }
    for (const kind of ['server', 'network_gear', 'cluster', 'load_balancer'] as const) {
      expect(CATALOGUE.kinds[kind].lifecycle).toBe('physical');
    }
  });

  it('offers the stages of each list as life_cycle_stage choices', () => {
    expect(choiceValues('life_cycle_stage.physical')).toEqual(Object.keys(CATALOGUE.lifecycle.physical));
    expect(choiceValues('life_cycle_stage_status.logical')).toContain('Obsolete');
  });
});
