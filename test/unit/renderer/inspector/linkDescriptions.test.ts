import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import type { Link } from '@shared/model/types';
import {
  describeElementLinks,
  linkStorageText,
  linkTypeLabel,
  linkTypeOptions,
} from '../../../../renderer/src/inspector/linkDescriptions';
import { model } from './fixtures';

const V5 = { csdmVersion: 5 } as const;

describe('linkTypeLabel', () => {
  it('reads the label from the parent and the reverse label from the child', () => {
    expect(linkTypeLabel(CATALOGUE, 'Depends on::Used by', 'outgoing')).toBe('Depends on');
    expect(linkTypeLabel(CATALOGUE, 'Depends on::Used by', 'incoming')).toBe('Used by');
    expect(linkTypeLabel(CATALOGUE, 'Members::Member of', 'incoming')).toBe('Members::Member of');
  });
});

describe('describeElementLinks', () => {
  it('groups by direction with the other end and its label, sorted', () => {
    const doc = model();
    const srv = doc.elements['srv-a']!;
    const si = doc.elements['si']!;
    const links = Object.values(doc.links);
    const byId = (id: string) => doc.elements[id];
    const forServer = describeElementLinks(
      CATALOGUE,
      V5,
      srv,
      links.filter((l) => l.to === 'srv-a'),
      byId,
    );
    expect(forServer.outgoing).toEqual([]);
    expect(forServer.incoming.map((e) => `${e.label} ${e.other?.name}`)).toEqual([
      'Hosts vm-01',
      'Used by Payroll PROD',
    ]);
    const forInstance = describeElementLinks(
      CATALOGUE,
      V5,
      si,
      links.filter((l) => l.from === 'si' || l.to === 'si'),
      byId,
    );
    expect(forInstance.outgoing.map((e) => `${e.label} ${e.other?.name}`)).toEqual(['Depends on srv-a']);
    expect(forInstance.incoming.map((e) => `${e.label} ${e.other?.name}`)).toEqual(['Used by Payroll EMEA']);
    expect([...forInstance.outgoing, ...forInstance.incoming].every((e) => e.allowed)).toBe(true);
  });

  it('flags a link the catalogue does not allow between the two kinds', () => {
    const doc = model();
    const imported: Link = { id: 'x', from: 'srv-a', to: 'si', type: 'Runs on::Runs' };
    const [entry] = describeElementLinks(
      CATALOGUE,
      V5,
      doc.elements['srv-a']!,
      [imported],
      (id) => doc.elements[id],
    ).outgoing;
    expect(entry).toMatchObject({ label: 'Runs on', allowed: false });
  });
});

describe('linkTypeOptions', () => {
  it('offers the types allowed between the kinds', () => {
    expect(linkTypeOptions(CATALOGUE, V5, 'virtual_machine', 'server', 'Hosted on::Hosts')).toEqual([
      { type: 'Hosted on::Hosts', label: 'Hosted on', allowed: true },
      { type: 'Virtualized by::Virtualizes', label: 'Virtualized by', allowed: true },
    ]);
  });

  it('keeps an imported type that is not allowed, first and flagged', () => {
    const options = linkTypeOptions(CATALOGUE, V5, 'virtual_machine', 'server', 'Depends on::Used by');
    expect(options[0]).toEqual({ type: 'Depends on::Used by', label: 'Depends on', allowed: false });
    expect(options).toHaveLength(3);
  });

  it('follows the CSDM version (business application -> service instance)', () => {
    const v4 = linkTypeOptions(
      CATALOGUE,
      { csdmVersion: 4 },
      'business_application',
      'service_instance',
      'Consumes::Consumed by',
    );
    const v5 = linkTypeOptions(CATALOGUE, V5, 'business_application', 'service_instance', 'Uses::Used by');
    expect(v4.map((o) => o.type)).toEqual(['Consumes::Consumed by']);
    expect(v5.map((o) => o.type)).toEqual(['Uses::Used by']);
  });
});

describe('linkStorageText', () => {
  it('says how ServiceNow stores the link', () => {
    expect(linkStorageText(CATALOGUE, V5, 'service_instance', 'server', 'Depends on::Used by')).toBe(
      'cmdb_rel_ci relationship "Depends on::Used by"',
    );
    expect(linkStorageText(CATALOGUE, V5, 'technical_service', 'technical_offering', 'offering.parent')).toBe(
      'reference field service_offering.parent',
    );
    expect(linkStorageText(CATALOGUE, V5, 'technical_offering', 'group', 'subscribed_by')).toBe(
      'rows of service_subscribe_sys_user_grp',
    );
    expect(linkStorageText(CATALOGUE, V5, 'server', 'service_instance', 'Runs on::Runs')).toBeUndefined();
  });
});
