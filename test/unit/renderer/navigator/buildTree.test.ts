/** The navigator's tree: portfolio -> (taxonomy node) -> service -> offering, the unfiled, the rest by kind. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { addToView } from '../../../../shared/model/addToView';
import { addView } from '../../../../shared/model/addView';
import { movePlacements } from '../../../../shared/model/movePlacements';
import { removeFromView } from '../../../../shared/model/removeFromView';
import type { ModelDocument } from '../../../../shared/model/types';
import {
  buildNavigatorTree,
  filterTree,
  MAX_CHILDREN_SHOWN,
  membershipFromSummaries,
  viewSummary,
  visibleRows,
  withoutPrefix,
  type TreeNode,
} from '../../../../renderer/src/navigator/buildTree';
import { buildRunStageSample } from '../../../samples/runStageSample';
import { modelWith, ok, VIEW } from '../../shared/model/helpers';

/** The tree as indented text: "label" for elements, "[label n]" for groups. */
function outline(nodes: readonly TreeNode[], depth = 0, maxDepth = 9): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.type === 'group' ? `[${node.label} ${node.count}]` : node.label}`,
    ...(depth < maxDepth ? outline(node.children, depth + 1, maxDepth) : []),
  ]);
}

const tree = (doc: ModelDocument) => buildNavigatorTree(doc.elements, doc.links, CATALOGUE);

function portfolioModel(): ModelDocument {
  return modelWith(
    [
      { id: 'pf', kind: 'service_portfolio', name: 'Group portfolio' },
      { id: 'tx', kind: 'taxonomy_node', name: 'Customer services' },
      { id: 'bs1', kind: 'business_service', name: 'Email' },
      { id: 'bs2', kind: 'business_service', name: 'Billing' },
      { id: 'ts', kind: 'technical_service', name: 'Hosting' },
      { id: 'bs3', kind: 'business_service', name: 'Archive' },
      { id: 'bo1', kind: 'business_offering', name: 'Email Gold' },
      { id: 'bo2', kind: 'business_offering', name: 'Email Bronze' },
      { id: 'bo3', kind: 'business_offering', name: 'Loose offering' },
      { id: 'to', kind: 'technical_offering', name: 'Linux hosting' },
      { id: 'si', kind: 'service_instance', name: 'Email prod' },
      { id: 'srv', kind: 'server', table: 'cmdb_ci_linux_server', name: 'mail01' },
      { id: 'db', kind: 'database', name: 'mail-db' },
      { id: 'co', kind: 'company', name: 'Northwind' },
      { id: 'alice', kind: 'user', name: 'Alice' },
    ],
    [
      ['l1', 'pf', 'tx', 'portfolio.contains'],
      ['l2', 'tx', 'bs1', 'taxonomy.contains'],
      ['l3', 'pf', 'bs2', 'portfolio.contains'],
      ['l4', 'pf', 'ts', 'portfolio.contains'],
      ['l5', 'bs1', 'bo1', 'offering.parent'],
      ['l6', 'bs1', 'bo2', 'offering.parent'],
      ['l7', 'ts', 'to', 'offering.parent'],
      ['l8', 'bo1', 'si', 'Depends on::Used by'],
      ['l9', 'bo1', 'co', 'subscribed_by'],
    ],
  );
}

describe('buildNavigatorTree', () => {
  it('nests portfolio -> taxonomy node -> business, then technical service -> offering; services and offerings filed nowhere are "Not in a portfolio"', () => {
    expect(outline(tree(portfolioModel()))).toEqual([
      'Group portfolio',
      '  Customer services',
      '    Email',
      '      Email Bronze',
      '      Email Gold',
      '  Billing',
      '  Hosting',
      '    Linux hosting',
      '[Not in a portfolio 2]',
      '  Archive',
      '  Loose offering',
      '[Service Delivery 1]',
      '  [Service instances 1]',
      '    Email prod',
      '[Infrastructure 2]',
      '  [Servers 1]',
      '    mail01',
      '  [Databases 1]',
      '    mail-db',
      '[Foundation 2]',
      '  [Companies 1]',
      '    Northwind',
      '  [Users 1]',
      '    Alice',
    ]);
  });

  it('gives every node a unique key, elements their kind icon, and expands portfolios, nodes and (small) services', () => {
    const roots = tree(portfolioModel());
    const all: TreeNode[] = [];
    const walk = (nodes: readonly TreeNode[]) => nodes.forEach((n) => (all.push(n), walk(n.children)));
    walk(roots);
    expect(new Set(all.map((n) => n.key)).size).toBe(all.length);
    const byLabel = (label: string) => all.find((n) => n.label === label)!;
    expect(byLabel('Group portfolio')).toMatchObject({
      type: 'element',
      kind: 'service_portfolio',
      icon: 'service-portfolio',
      defaultExpanded: true,
    });
    expect(byLabel('Customer services').defaultExpanded).toBe(true);
    expect(byLabel('Email').defaultExpanded).toBe(true);
    expect(byLabel('Billing').defaultExpanded).toBe(false); // no offerings
    expect(byLabel('Not in a portfolio').defaultExpanded).toBe(true);
    expect(byLabel('Infrastructure').defaultExpanded).toBe(false);
  });

  it('keeps the Foundation section even when the model has no Foundation records, and is empty for an empty model', () => {
    const roots = tree(modelWith([]));
    expect(outline(roots)).toEqual(['[Foundation 0]']);
  });

  it('shows a taxonomy node without a portfolio, with its services, under "Not in a portfolio"', () => {
    const doc = modelWith(
      [
        { id: 'tx', kind: 'taxonomy_node', name: 'Orphan node' },
        { id: 'bs', kind: 'business_service', name: 'Payroll' },
      ],
      [['l1', 'tx', 'bs', 'taxonomy.contains']],
    );
    expect(outline(tree(doc))).toEqual([
      '[Not in a portfolio 2]',
      '  Orphan node',
      '    Payroll',
      '[Foundation 0]',
    ]);
  });

  it('builds the Run-stage sample: one portfolio over five services over their offerings', () => {
    const roots = tree(buildRunStageSample());
    expect(outline(roots, 0, 2).slice(0, 14)).toEqual([
      'Northwind Service Portfolio',
      '  Claims Management',
      '    Claims Management – Commercial',
      '    Claims Management – Retail customers',
      '  Customer Onboarding',
      '    Customer Onboarding – Branch',
      '    Customer Onboarding – Online',
      '  Payroll Processing',
      '    Payroll Processing – Americas',
      '    Payroll Processing – EMEA',
      '  Database Services',
      '    PostgreSQL – Production',
      '  Hosting Services',
      '    Linux Hosting – Production',
    ]);
    expect(roots.map((n) => n.label)).toEqual([
      'Northwind Service Portfolio',
      'Service Delivery',
      'Design & Planning',
      'Infrastructure',
      'Foundation',
    ]);
  });

  it('shows an offering named after its service by the rest of its name', () => {
    const roots = tree(buildRunStageSample());
    const payroll = roots[0]!.children.find((n) => n.label === 'Payroll Processing')!;
    expect(payroll.children.map((n) => (n.type === 'element' ? [n.label, n.shortLabel] : []))).toEqual([
      ['Payroll Processing – Americas', 'Americas'],
      ['Payroll Processing – EMEA', 'EMEA'],
    ]);
    expect(withoutPrefix('Email: Gold', 'email')).toBe('Gold');
    expect(withoutPrefix('Email Gold', 'Email')).toBeUndefined();
    expect(withoutPrefix('Emailing - x', 'Email')).toBeUndefined();
    expect(withoutPrefix('Email – ', 'Email')).toBeUndefined();
    expect(withoutPrefix('Email', 'Email')).toBeUndefined();
  });

  it('keeps its identity-independent shape: the same records give the same tree', () => {
    const doc = portfolioModel();
    expect(tree(doc)).toEqual(tree({ ...doc }));
  });
});

describe('filterTree', () => {
  const roots = tree(portfolioModel());

  it('keeps matches and their ancestors, expanding the ancestors', () => {
    const found = filterTree(roots, 'gold');
    expect(outline(found.nodes)).toEqual([
      'Group portfolio',
      '  Customer services',
      '    Email',
      '      Email Gold',
    ]);
    expect(found.matchCount).toBe(1);
    expect([...found.expand].sort()).toEqual(['pf', 'pf/tx', 'pf/tx/bs1'].sort());
    expect([...found.matched]).toEqual(['pf/tx/bs1/bo1']);
  });

  it('keeps all children of a match, case- and accent-insensitively, every word', () => {
    const found = filterTree(roots, 'ÉMAIL');
    // "Email" matches and keeps both offerings; they match too.
    expect(outline(found.nodes)).toEqual([
      'Group portfolio',
      '  Customer services',
      '    Email',
      '      Email Bronze',
      '      Email Gold',
      '[Service Delivery 1]',
      '  [Service instances 1]',
      '    Email prod',
    ]);
    expect(found.matchCount).toBe(4);
    expect(outline(filterTree(roots, 'email gold').nodes).at(-1)).toBe('      Email Gold');
  });

  it('matches group headings, keeping the whole group', () => {
    expect(outline(filterTree(roots, 'servers').nodes)).toEqual([
      '[Infrastructure 2]',
      '  [Servers 1]',
      '    mail01',
    ]);
  });

  it('returns the tree unchanged for an empty query and nothing when nothing matches', () => {
    expect(filterTree(roots, '  ').nodes).toEqual(roots);
    expect(filterTree(roots, 'zzz').nodes).toEqual([]);
  });
});

describe('visibleRows', () => {
  const roots = tree(portfolioModel());

  it('lists what is expanded, depth first, with levels, positions and parents', () => {
    const rows = visibleRows(roots, (node) => node.defaultExpanded);
    const text = rows.map((row) =>
      row.type === 'node'
        ? `${row.level}:${row.node.label}${row.expanded ? '+' : ''} ${row.position}/${row.siblings}`
        : 'more',
    );
    expect(text).toEqual([
      '1:Group portfolio+ 1/5',
      '2:Customer services+ 1/3',
      '3:Email+ 1/1',
      '4:Email Bronze 1/2',
      '4:Email Gold 2/2',
      '2:Billing 2/3',
      '2:Hosting+ 3/3',
      '3:Linux hosting 1/1',
      '1:Not in a portfolio+ 2/5',
      '2:Archive 1/2',
      '2:Loose offering 2/2',
      '1:Service Delivery 3/5',
      '1:Infrastructure 4/5',
      '1:Foundation 5/5',
    ]);
    const gold = rows.find((row) => row.type === 'node' && row.node.label === 'Email Gold');
    expect(gold?.parentKey).toBe('pf/tx/bs1');
  });

  it('cuts long child lists with a "more" row', () => {
    const many = modelWith(
      Array.from({ length: MAX_CHILDREN_SHOWN + 3 }, (_, i) => ({
        id: `u${i}`,
        kind: 'user' as const,
        name: `User ${String(i).padStart(4, '0')}`,
      })),
    );
    const rows = visibleRows(tree(many), () => true);
    expect(rows.filter((row) => row.type === 'node' && row.level === 3)).toHaveLength(MAX_CHILDREN_SHOWN);
    expect(rows.at(-1)).toMatchObject({ type: 'more', hidden: 3, level: 3 });
  });
});

describe('view summaries and membership', () => {
  it('names the views that show each element, in tab order', () => {
    let doc = portfolioModel();
    doc = ok(addView(doc, { id: 'v2', name: 'Second' }));
    doc = ok(addToView(doc, 'v2', { bs1: { x: 0, y: 0 } }));
    const membership = membershipFromSummaries(doc.viewOrder.map((id) => viewSummary(doc.views[id]!)));
    const first = doc.views[VIEW]!.name;
    expect(membership.get('bs1')).toEqual([first, 'Second']);
    expect(membership.get('srv')).toEqual([first]);
    expect(membership.get('nowhere')).toBeUndefined();
  });

  it('keeps a view’s summary when its nodes move, and changes it when the view gains an element or is renamed', () => {
    const doc = portfolioModel();
    const view = doc.views[VIEW]!;
    const moved = ok(movePlacements(doc, VIEW, { bs1: { x: 999, y: 999 } })).views[VIEW]!;
    expect(moved).not.toBe(view);
    expect(viewSummary(moved)).toBe(viewSummary(view));
    expect(viewSummary({ ...view, name: 'Other' })).not.toBe(viewSummary(view));
    const fewer = ok(removeFromView(doc, VIEW, ['bs1'])).views[VIEW]!;
    expect(viewSummary(fewer)).not.toBe(viewSummary(view));
  });
});
