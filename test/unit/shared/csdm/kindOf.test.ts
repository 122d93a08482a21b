/** Table -> kind, as import needs it. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { kindOf, kindOfRecord } from '../../../../shared/csdm/queries/kindOf';
import { tableAllowedForKind } from '../../../../shared/csdm/queries/tables';

describe('kindOf and kindOfRecord', () => {
  it('finds the kind of every table of every kind (service_offering by classification)', () => {
    for (const kind of Object.values(CATALOGUE.kinds)) {
      for (const table of kind.tables) {
        expect(kindOfRecord(CATALOGUE, table, kind.serviceClassification), table).toBe(kind.id);
      }
    }
  });

  it('tells business from technical offerings by service_classification', () => {
    expect(kindOfRecord(CATALOGUE, 'service_offering', 'Technical Service')).toBe('technical_offering');
    expect(kindOfRecord(CATALOGUE, 'service_offering', 'Business Service')).toBe('business_offering');
    // Without a classification, ServiceNow's default (business) is assumed.
    expect(kindOf(CATALOGUE, 'service_offering')).toBe('business_offering');
  });

  it('maps unknown CMDB classes to the generic CI and leaves other tables unknown', () => {
    expect(kindOf(CATALOGUE, 'cmdb_ci_linux_server')).toBe('server');
    expect(kindOf(CATALOGUE, 'cmdb_ci_printer')).toBe('generic_ci');
    expect(kindOf(CATALOGUE, 'incident')).toBeUndefined();
  });

  it('lets a generic CI keep any CMDB table, and other kinds only their family', () => {
    expect(tableAllowedForKind(CATALOGUE, 'generic_ci', 'cmdb_ci_printer')).toBe(true);
    expect(tableAllowedForKind(CATALOGUE, 'generic_ci', 'incident')).toBe(false);
    expect(tableAllowedForKind(CATALOGUE, 'server', 'cmdb_ci_win_server')).toBe(true);
    expect(tableAllowedForKind(CATALOGUE, 'server', 'cmdb_ci_appl')).toBe(false);
  });
});
