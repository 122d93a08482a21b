import { describe, expect, it } from 'vitest';
import { findingsOf } from './support/check';
import { DocBuilder } from './support/doc-builder';

describe('custom-operational-status', () => {
  it('fires on a value outside the base choices', () => {
    const b = new DocBuilder();
    const server = b.add('server', 'srv-01', { attributes: { operational_status: '42' } });
    const [finding, ...rest] = findingsOf(b.build(), 'custom-operational-status');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ elementId: server, stage: 'Foundation', severity: 'warning' });
    expect(finding?.message).toContain('“srv-01”');
    expect(finding?.message).toContain('“42”');
    expect(finding?.fix).toContain('1 Operational');
  });

  it('passes a base value and ignores elements without one', () => {
    const b = new DocBuilder();
    b.add('server', 'srv-01', { attributes: { operational_status: '1' } });
    b.add('server', 'srv-02');
    b.add('company', 'Acme');
    expect(findingsOf(b.build(), 'custom-operational-status')).toEqual([]);
  });
});

describe('unknown-link-type', () => {
  it('fires on a relationship type CSDM does not define', () => {
    const b = new DocBuilder();
    const app = b.add('application', 'app');
    const server = b.add('server', 'srv');
    const link = b.link(app, server, 'Powered by::Powers');
    const [finding] = findingsOf(b.build(), 'unknown-link-type');
    expect(finding).toMatchObject({ linkId: link, severity: 'warning' });
    expect(finding?.message).toContain('“Powered by::Powers”');
    expect(finding?.message).toContain('application “app”');
  });

  it('passes catalogue types', () => {
    const b = new DocBuilder();
    b.link(b.add('application', 'app'), b.add('server', 'srv'));
    expect(findingsOf(b.build(), 'unknown-link-type')).toEqual([]);
  });
});
