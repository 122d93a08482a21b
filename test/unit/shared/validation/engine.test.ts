import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { LINK } from '../../../../shared/csdm/data/linkTypes';
import { STAGES } from '../../../../shared/csdm/types';
import { validate } from '../../../../shared/validation/engine';
import { RULES } from '../../../../shared/validation/rules/index';
import { score, scoreBand } from '../../../../shared/validation/scores';
import { DocBuilder } from './support/doc-builder';
import { buildRunModel } from './support/run-model';

describe('scoreBand', () => {
  it('is red under 50, yellow from 50 to 90, green above 90', () => {
    expect(scoreBand(0)).toBe('red');
    expect(scoreBand(49.9)).toBe('red');
    expect(scoreBand(50)).toBe('yellow');
    expect(scoreBand(90)).toBe('yellow');
    expect(scoreBand(90.1)).toBe('green');
    expect(scoreBand(100)).toBe('green');
  });

  it('gives no percentage and no band when nothing was checked', () => {
    expect(score(0, 0)).toEqual({ checks: 0, passed: 0, pct: null, band: null });
    expect(score(4, 3)).toEqual({ checks: 4, passed: 3, pct: 75, band: 'yellow' });
  });
});

describe('validate', () => {
  it('finds nothing wrong with the clean Run-stage model and scores every stage green', () => {
    const result = validate(buildRunModel(), CATALOGUE);
    expect(result.findings).toEqual([]);
    for (const stage of STAGES)
      expect(result.scores.byStage[stage]).toMatchObject({ pct: 100, band: 'green' });
    expect(result.scores.overall.pct).toBe(100);
  });

  it('scores an empty model n/a in every stage', () => {
    const result = validate(new DocBuilder().build(), CATALOGUE);
    for (const stage of STAGES) expect(result.scores.byStage[stage]).toEqual(score(0, 0));
  });

  it('scores each (rule, subject) pair as one check and sums them per stage', () => {
    const b = new DocBuilder();
    const bob = b.add('user', 'Bob');
    b.link(
      b.add('business_service', 'Payroll', { attributes: { owned_by: bob } }),
      b.add('technical_offering', 'x'),
      LINK.dependsOn,
    );
    b.add('business_service', 'Claims', { attributes: { owned_by: bob } });
    const result = validate(b.build(), CATALOGUE);
    // Neither business service has an offering; both have an owner.
    expect(result.scores.byRule['business-service-without-offering']).toEqual(score(2, 0));
    expect(result.scores.byRule['business-service-without-owner']).toEqual(score(2, 2));
    // Run: 2 + 2 service checks and 3 table checks (services and the offering); the link to an offering is no service-under-service check.
    expect(result.scores.byRule['custom-service-table']).toEqual(score(3, 3));
    expect(result.scores.byStage.Run).toEqual(score(7, 5));
    expect(result.scores.byStage.Run.band).toBe('yellow');
  });

  it('orders findings by rule, then by subject id, and files them by element and by link', () => {
    const b = new DocBuilder();
    b.add('business_service', 'B', { id: 'b' });
    b.add('business_service', 'A', { id: 'a' });
    const link = b.link('a', 'b', LINK.dependsOn);
    const result = validate(b.build(), CATALOGUE);
    const order = RULES.map((rule) => rule.id);
    const ranks = result.findings.map((f) => order.indexOf(f.ruleId));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    const offering = result.findings.filter((f) => f.ruleId === 'business-service-without-offering');
    expect(offering.map((f) => f.elementId)).toEqual(['a', 'b']);
    expect(result.byElement.get('a')?.map((f) => f.ruleId)).toContain('business-service-without-offering');
    expect(result.byLink.get(link)?.map((f) => f.ruleId)).toEqual(['service-under-service']);
    const filed = [...result.byElement.values(), ...result.byLink.values()].flat();
    expect(filed).toHaveLength(result.findings.length);
  });

  it('has unique kebab-case rule ids, each with a title', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.length).toBeGreaterThan(0);
    }
  });

  it('runs every rule: a model with one of each problem makes each rule fire', () => {
    const b = new DocBuilder(5);
    b.add('server', 'odd status', { attributes: { operational_status: '42' } });
    b.link(b.add('application', 'app'), b.add('server', 'srv'), 'Powered by::Powers');
    b.add('server', ' ', { id: 'blank' });
    b.add('server', 'twin', { id: 'twin-1' });
    b.add('server', 'twin', { id: 'twin-2' });
    b.link(b.add('application', 'lost'), 'ghost', LINK.runsOn);
    b.link(b.add('business_service', 'Wrong'), b.add('server', 'srv-x'), LINK.dependsOn);
    b.link(b.add('business_application', 'Old style'), b.add('service_instance', 'SI'), LINK.consumes);
    b.add('service_instance', 'lonely SI');
    b.add('business_offering', 'No parent');
    b.add('business_application', 'No SI');
    b.add('application', 'mismatch', {
      attributes: { life_cycle_stage: 'End of Life', operational_status: '1' },
    });
    b.add('application', 'bad status', {
      attributes: { life_cycle_stage: 'Operational', life_cycle_stage_status: 'Available' },
    });
    b.add('server', 'orphan');
    b.add('technical_service', 'No offering');
    const twoParents = b.add('business_offering', 'Two parents');
    b.link(b.add('business_service', 'P1'), twoParents);
    b.link(b.add('business_service', 'P2'), twoParents);
    const technical = b.add('technical_offering', 'Misclassified', {
      attributes: { service_classification: 'Business Service' },
    });
    b.link(b.add('technical_service', 'TS'), technical);
    const group = b.add('dynamic_ci_group', 'Group');
    b.link(technical, group);
    b.link(group, b.add('dynamic_ci_group', 'Inner'), LINK.groupMember);
    const shared = b.add('server', 'shared');
    b.link(group, shared);
    const otherOffering = b.add('technical_offering', 'Other offering');
    b.link(b.add('technical_service', 'TS2'), otherOffering);
    const otherGroup = b.add('dynamic_ci_group', 'Other group');
    b.link(otherOffering, otherGroup);
    b.link(otherGroup, shared);
    b.link(b.add('business_service', 'Top'), b.add('business_service', 'Under'), LINK.dependsOn);
    b.add('generic_ci', 'Custom', { table: 'u_cmdb_ci_custom_service' });
    b.add('information_object', 'Data');
    const levels = Array.from({ length: 7 }, (_, i) => b.add('business_capability', `C${i}`));
    levels.slice(1).forEach((id, i) => b.link(levels[i] ?? '', id));
    const fired = new Set(validate(b.build(), CATALOGUE).findings.map((f) => f.ruleId));
    expect([...fired].sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});
