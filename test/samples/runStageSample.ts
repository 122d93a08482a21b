/**
 * The Run-stage sample model (assets/samples/run-stage-sample.json), built
 * with the model operations the editor itself uses, so every element and
 * every link is one a user could have drawn: `connect` refuses anything the
 * CSDM catalogue does not allow.
 *
 * What it shows (the Run stage of the seed documents): three business
 * services the CSDM material names (Payroll Processing, Claims Management,
 * Customer Onboarding) in a service portfolio, each offered as two offerings
 * that differ by region, customer segment or channel, subscribed by Foundation
 * records; the service instances that deliver them, with their business
 * applications, applications, databases and servers; and two technical
 * services whose offerings contain those service instances.
 *
 * Regenerate the JSON with `npx jiti test/samples/write-run-stage-sample.ts`.
 * Ids are derived from readable keys, so regenerating gives the same ids.
 */
import { createHash } from 'node:crypto';
import { CATALOGUE } from '../../shared/csdm/catalogue';
import type { KindId } from '../../shared/csdm/kinds';
import { addElement } from '../../shared/model/addElement';
import { addToView } from '../../shared/model/addToView';
import { addView } from '../../shared/model/addView';
import { connect } from '../../shared/model/connect';
import { createModel } from '../../shared/model/createModel';
import { renameView } from '../../shared/model/renameView';
import type { Id, ModelDocument, OpResult, Placement } from '../../shared/model/types';

export const SAMPLE_NAME = 'Northwind Financial – Run stage';
export const MAIN_VIEW_NAME = 'Run stage service map';
export const PAYROLL_VIEW_NAME = 'Payroll Processing';
const CREATED = '2026-01-15T09:00:00.000Z';

/** A stable UUID (version 5 layout) for a readable key, so regenerating the sample keeps its ids. */
export function sampleId(key: string): Id {
  const hex = createHash('sha1').update(`mapwright-sample/${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function ok(result: OpResult): ModelDocument {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

/** Operational and in use: operational status and lifecycle agree (csdm.md section 4). */
const LIVE = { operational_status: '1', life_cycle_stage: 'Operational', life_cycle_stage_status: 'In Use' };

/** Node height of every node; widths vary so that long offering names fit. */
const H = 72;
/** Rows of the main view, top (portfolio) to bottom (reference data): CSDM layers. */
const ROW = [0, 180, 360, 540, 720, 900, 1100] as const;

interface Builder {
  doc: ModelDocument;
  /** Element key -> id. */
  id: (key: string) => Id;
}

export function buildRunStageSample(): ModelDocument {
  const mainView = sampleId('view/main');
  const payrollView = sampleId('view/payroll');
  const b: Builder = {
    doc: createModel({ id: sampleId('model'), name: SAMPLE_NAME, now: CREATED, viewId: mainView }),
    id: (key) => sampleId(`element/${key}`),
  };
  b.doc = ok(renameView(b.doc, mainView, MAIN_VIEW_NAME));

  const add = (
    key: string,
    kind: KindId,
    name: string,
    attributes: Record<string, string> = {},
    table?: string,
  ) => {
    const live = CATALOGUE.kinds[kind].isCi ? LIVE : {};
    b.doc = ok(
      addElement(b.doc, CATALOGUE, {
        id: b.id(key),
        kind,
        name,
        ...(table ? { table } : {}),
        attributes: { ...live, ...attributes },
      }),
    );
  };
  let linkCount = 0;
  const link = (from: string, to: string) => {
    b.doc = ok(
      connect(b.doc, CATALOGUE, {
        id: sampleId(`link/${++linkCount}/${from}->${to}`),
        from: b.id(from),
        to: b.id(to),
      }),
    );
  };
  const ref = (key: string) => b.id(key);

  // ---- Foundation: the company, owners, support groups --------------------------------------
  add('northwind', 'company', 'Northwind Financial');
  add('contoso', 'company', 'Contoso Logistics');
  add('digital-sales', 'department', 'Digital Sales', { company: ref('northwind') });
  add('london', 'location', 'London', { city: 'London', country: 'United Kingdom' });
  add('new-york', 'location', 'New York', { city: 'New York', country: 'United States' });
  const user = (key: string, name: string, email: string, extra: Record<string, string> = {}) =>
    add(key, 'user', name, { email, company: ref('northwind'), ...extra });
  user('sam', 'Sam Rivera', 'sam.rivera@northwind.example');
  user('alice', 'Alice Moreau', 'alice.moreau@northwind.example');
  user('ben', 'Ben Okafor', 'ben.okafor@northwind.example');
  user('chloe', 'Chloe Tan', 'chloe.tan@northwind.example');
  user('dev', 'Dev Patel', 'dev.patel@northwind.example');
  user('priya', 'Priya Shah', 'priya.shah@northwind.example', { department: ref('digital-sales') });
  const group = (key: string, name: string, manager: string) =>
    add(key, 'group', name, { manager: ref(manager), email: `${key}@northwind.example` });
  group('payroll-support', 'Payroll Support', 'alice');
  group('claims-support', 'Claims Support', 'ben');
  group('onboarding-support', 'Onboarding Support', 'chloe');
  group('hosting-ops', 'Hosting Operations', 'dev');
  group('dba', 'Database Administration', 'dev');
  group('retail-claims-team', 'Retail Claims Team', 'ben');

  // ---- Run: portfolio, business services and their offerings -------------------------------
  add('portfolio', 'service_portfolio', 'Northwind Service Portfolio', {
    owner: ref('sam'),
    description: 'The services Northwind Financial offers its employees and customers.',
  });

  interface Chain {
    service: string;
    name: string;
    owner: string;
    support: string;
    criticality: string;
    consumer: string;
    description: string;
    offerings: [OfferingSpec, OfferingSpec];
    app: { name: string; description: string };
    instance: string;
    software: { key: string; name: string; table: string; server: ServerSpec };
    database: { key: string; name: string; table: string; server: ServerSpec };
  }
  interface OfferingSpec {
    key: string;
    name: string;
    description: string;
    subscriber: string;
    location?: string;
  }
  interface ServerSpec {
    key: string;
    name: string;
    table: string;
  }

  const chains: Chain[] = [
    {
      service: 'payroll',
      name: 'Payroll Processing',
      owner: 'alice',
      support: 'payroll-support',
      criticality: '1 - most critical',
      consumer: 'internal',
      description: 'Pays employees correctly and on time, with statutory reporting per country.',
      offerings: [
        {
          key: 'payroll-emea',
          name: 'Payroll Processing – EMEA',
          description: 'Monthly payroll for employees in Europe, the Middle East and Africa.',
          subscriber: 'london',
          location: 'london',
        },
        {
          key: 'payroll-americas',
          name: 'Payroll Processing – Americas',
          description: 'Bi-weekly payroll for employees in North and South America.',
          subscriber: 'new-york',
          location: 'new-york',
        },
      ],
      app: { name: 'Payroll System', description: 'Workday-like payroll and HR records system.' },
      instance: 'Payroll PROD',
      software: {
        key: 'payroll-tomcat',
        name: 'payroll-tomcat-01',
        table: 'cmdb_ci_app_server_tomcat',
        server: { key: 'lnx-pay-app-01', name: 'lnx-pay-app-01', table: 'cmdb_ci_linux_server' },
      },
      database: {
        key: 'payroll-pg',
        name: 'payroll-pg',
        table: 'cmdb_ci_db_postgresql_instance',
        server: { key: 'lnx-pay-db-01', name: 'lnx-pay-db-01', table: 'cmdb_ci_linux_server' },
      },
    },
    {
      service: 'claims',
      name: 'Claims Management',
      owner: 'ben',
      support: 'claims-support',
      criticality: '1 - most critical',
      consumer: 'external',
      description: 'Takes in, assesses and settles insurance claims.',
      offerings: [
        {
          key: 'claims-retail',
          name: 'Claims Management – Retail customers',
          description: 'Claims from private customers, online and by phone.',
          subscriber: 'retail-claims-team',
        },
        {
          key: 'claims-commercial',
          name: 'Claims Management – Commercial',
          description: 'Claims from business customers, with an account manager and a 24-hour response.',
          subscriber: 'contoso',
        },
      ],
      app: { name: 'Claims Hub', description: 'Claims intake, assessment and settlement.' },
      instance: 'Claims PROD',
      software: {
        key: 'claims-iis',
        name: 'claims-iis-01',
        table: 'cmdb_ci_web_server',
        server: { key: 'win-clm-web-01', name: 'win-clm-web-01', table: 'cmdb_ci_win_server' },
      },
      database: {
        key: 'claims-pg',
        name: 'claims-pg',
        table: 'cmdb_ci_db_postgresql_instance',
        server: { key: 'lnx-clm-db-01', name: 'lnx-clm-db-01', table: 'cmdb_ci_linux_server' },
      },
    },
    {
      service: 'onboarding',
      name: 'Customer Onboarding',
      owner: 'chloe',
      support: 'onboarding-support',
      criticality: '2 - somewhat critical',
      consumer: 'external',
      description: 'Opens accounts for new customers, with identity checks.',
      offerings: [
        {
          key: 'onboarding-online',
          name: 'Customer Onboarding – Online',
          description: 'Self-service account opening on the web and in the app.',
          subscriber: 'digital-sales',
        },
        {
          key: 'onboarding-branch',
          name: 'Customer Onboarding – Branch',
          description: 'Account opening with an adviser in a branch.',
          subscriber: 'priya',
        },
      ],
      app: { name: 'Onboarding Portal', description: 'Account opening and identity verification.' },
      instance: 'Onboarding Portal PROD',
      software: {
        key: 'onboarding-nginx',
        name: 'onboarding-nginx-01',
        table: 'cmdb_ci_web_server',
        server: { key: 'lnx-onb-web-01', name: 'lnx-onb-web-01', table: 'cmdb_ci_linux_server' },
      },
      database: {
        key: 'onboarding-pg',
        name: 'onboarding-pg',
        table: 'cmdb_ci_db_postgresql_instance',
        server: { key: 'lnx-onb-db-01', name: 'lnx-onb-db-01', table: 'cmdb_ci_linux_server' },
      },
    },
  ];

  const company = ref('northwind');
  for (const chain of chains) {
    const owned = { owned_by: ref(chain.owner), support_group: ref(chain.support), company };
    const service = {
      ...owned,
      busines_criticality: chain.criticality,
      used_for: 'Production',
      portfolio_status: 'catalog',
      consumer_type: chain.consumer,
      delivery_manager: ref(chain.owner),
    };
    add(chain.service, 'business_service', chain.name, { ...service, short_description: chain.description });
    link('portfolio', chain.service);
    for (const offering of chain.offerings) {
      add(offering.key, 'business_offering', offering.name, {
        ...service,
        short_description: offering.description,
        ...(offering.location ? { location: ref(offering.location) } : {}),
      });
      link(chain.service, offering.key);
      link(offering.key, offering.subscriber);
    }
    const appKey = `${chain.service}-app`;
    const instanceKey = `${chain.service}-prod`;
    add(appKey, 'business_application', chain.app.name, {
      owned_by: ref(chain.owner),
      managed_by_group: ref(chain.support),
      company,
      short_description: chain.app.description,
    });
    add(instanceKey, 'service_instance', chain.instance, {
      ...owned,
      busines_criticality: chain.criticality,
      used_for: 'Production',
      environment: 'Production',
    });
    for (const offering of chain.offerings) link(offering.key, instanceKey);
    link(appKey, instanceKey);
    for (const [part, supportGroup] of [
      [chain.software, chain.support],
      [chain.database, 'dba'],
    ] as const) {
      add(
        part.key,
        part.table === 'cmdb_ci_app_server_tomcat' || part.table === 'cmdb_ci_web_server'
          ? 'application'
          : 'database',
        part.name,
        {
          support_group: ref(supportGroup),
          company,
        },
        part.table,
      );
      add(
        part.server.key,
        'server',
        part.server.name,
        { support_group: ref('hosting-ops'), company },
        part.server.table,
      );
      link(instanceKey, part.key);
      link(part.key, part.server.key);
    }
  }

  // ---- Walk: technical services whose offerings contain the service instances ---------------
  const technical = {
    owned_by: ref('dev'),
    company,
    used_for: 'Production',
    busines_criticality: '1 - most critical',
  };
  add('hosting', 'technical_service', 'Hosting Services', {
    ...technical,
    support_group: ref('hosting-ops'),
    short_description: 'Operating system hosting for applications.',
  });
  add('database-services', 'technical_service', 'Database Services', {
    ...technical,
    support_group: ref('dba'),
    short_description: 'Managed database platforms.',
  });
  link('portfolio', 'hosting');
  link('portfolio', 'database-services');
  add('linux-hosting', 'technical_offering', 'Linux Hosting – Production', {
    ...technical,
    support_group: ref('hosting-ops'),
    short_description: 'Production Linux servers, patched monthly, monitored around the clock.',
  });
  add('postgresql', 'technical_offering', 'PostgreSQL – Production', {
    ...technical,
    support_group: ref('dba'),
    short_description: 'Production PostgreSQL with daily backups and point-in-time recovery.',
  });
  link('hosting', 'linux-hosting');
  link('database-services', 'postgresql');
  link('linux-hosting', 'payroll-prod');
  link('linux-hosting', 'onboarding-prod');
  link('postgresql', 'payroll-prod');
  link('postgresql', 'claims-prod');
  link('postgresql', 'onboarding-prod');

  // ---- Views -------------------------------------------------------------------------------
  b.doc = ok(addToView(b.doc, mainView, mainLayout(chains, b)));
  b.doc = ok(addView(b.doc, { id: payrollView, name: PAYROLL_VIEW_NAME }));
  b.doc = ok(addToView(b.doc, payrollView, payrollLayout(chains[0]!, b)));
  return b.doc;
}

type Positions = Record<Id, Placement>;

const WIDTH = {
  portfolio: 260,
  service: 240,
  offering: 330,
  application: 220,
  instance: 240,
  subscriber: 200,
  software: 220,
  server: 200,
  technical: 250,
  reference: 220,
};

/** Places a node so that its middle is at `cx`. */
function centred(positions: Positions, id: Id, cx: number, y: number, width: number): void {
  positions[id] = { x: Math.round(cx - width / 2), y, width, height: H };
}

/**
 * One business service chain, `left` its left edge, `rows` the y of its five
 * rows (service, offerings, instance, software, servers). Columns: offering A,
 * business application, offering B; the service instance under the business
 * application, each offering's subscriber under the offering; every link then
 * joins neighbouring rows, so no line crosses a node.
 */
function placeChain(
  positions: Positions,
  chain: ChainKeys,
  left: number,
  rows: readonly number[],
  id: (key: string) => Id,
) {
  const [serviceY, offeringY, instanceY, softwareY, serverY] = rows as [
    number,
    number,
    number,
    number,
    number,
  ];
  const a = left + WIDTH.offering / 2;
  const mid = left + WIDTH.offering + 40 + WIDTH.application / 2;
  const c = mid + WIDTH.application / 2 + 40 + WIDTH.offering / 2;
  centred(positions, id(chain.service), mid, serviceY, WIDTH.service);
  centred(positions, id(chain.offerings[0].key), a, offeringY, WIDTH.offering);
  centred(positions, id(`${chain.service}-app`), mid, offeringY, WIDTH.application);
  centred(positions, id(chain.offerings[1].key), c, offeringY, WIDTH.offering);
  centred(positions, id(chain.offerings[0].subscriber), a, instanceY, WIDTH.subscriber);
  centred(positions, id(`${chain.service}-prod`), mid, instanceY, WIDTH.instance);
  centred(positions, id(chain.offerings[1].subscriber), c, instanceY, WIDTH.subscriber);
  centred(positions, id(chain.software.key), mid - 130, softwareY, WIDTH.software);
  centred(positions, id(chain.database.key), mid + 130, softwareY, WIDTH.software);
  centred(positions, id(chain.software.server.key), mid - 130, serverY, WIDTH.server);
  centred(positions, id(chain.database.server.key), mid + 130, serverY, WIDTH.server);
  return mid;
}

interface ChainKeys {
  service: string;
  offerings: readonly [{ key: string; subscriber: string }, { key: string; subscriber: string }];
  software: { key: string; server: { key: string } };
  database: { key: string; server: { key: string } };
}

/** Chains are this far apart: 960 wide plus a gutter. */
const CHAIN_PITCH = 1040;

function mainLayout(chains: readonly ChainKeys[], b: Builder): Positions {
  const positions: Positions = {};
  const mids = chains.map((chain, index) =>
    placeChain(positions, chain, index * CHAIN_PITCH, ROW.slice(1), b.id),
  );
  // The technical block sits right of the chains. Its offerings are placed so that the
  // labels of their long "Contains" links (drawn at the middle of each link) fall into
  // gaps between the labels of the chains' own links.
  const linux = 3450;
  const postgres = 3740;
  centred(positions, b.id('hosting'), linux, ROW[1], WIDTH.technical);
  centred(positions, b.id('database-services'), postgres, ROW[1], WIDTH.technical);
  centred(positions, b.id('linux-hosting'), linux, ROW[2], WIDTH.technical);
  centred(positions, b.id('postgresql'), postgres, ROW[2], WIDTH.technical);
  const centre = (Math.min(...mids) + postgres) / 2;
  centred(positions, b.id('portfolio'), centre, ROW[0], WIDTH.portfolio);
  // Reference data the map points at through fields (owners, support groups): a band at the bottom.
  const reference = [
    'northwind',
    'sam',
    'alice',
    'ben',
    'chloe',
    'dev',
    'payroll-support',
    'claims-support',
    'onboarding-support',
    'hosting-ops',
    'dba',
  ];
  const pitch = WIDTH.reference + 40;
  const start = centre - (reference.length * pitch - 40) / 2 + WIDTH.reference / 2;
  reference.forEach((key, index) =>
    centred(positions, b.id(key), start + index * pitch, ROW[6], WIDTH.reference),
  );
  return positions;
}

/** The Payroll Processing view: the one service chain and the technical offerings it runs on. */
function payrollLayout(chain: ChainKeys, b: Builder): Positions {
  const positions: Positions = {};
  const rows = [0, 180, 360, 540, 720];
  placeChain(positions, chain, 0, rows, b.id);
  // Far enough right that the "Contains" labels clear the chain's own labels.
  const linux = 1400;
  const postgres = 1690;
  centred(positions, b.id('hosting'), linux, rows[0]!, WIDTH.technical);
  centred(positions, b.id('database-services'), postgres, rows[0]!, WIDTH.technical);
  centred(positions, b.id('linux-hosting'), linux, rows[1]!, WIDTH.technical);
  centred(positions, b.id('postgresql'), postgres, rows[1]!, WIDTH.technical);
  return positions;
}
