/** The shape of the CSDM catalogue: the data every part of the editor reads. */
import type { CsdmVersion } from '../model/types';
import type { KindId } from './kinds';

export type Stage = 'Foundation' | 'Crawl' | 'Walk' | 'Run' | 'Fly';
export const STAGES: readonly Stage[] = ['Foundation', 'Crawl', 'Walk', 'Run', 'Fly'];

export type Domain =
  | 'Foundation'
  | 'Ideation & Strategy'
  | 'Design & Planning'
  | 'Build & Integration'
  | 'Service Delivery'
  | 'Service Consumption'
  | 'Manage Portfolio';

/** Palette sections, in the order the palette shows them. */
export type PaletteGroup =
  'Service Consumption' | 'Service Delivery' | 'Design & Planning' | 'Infrastructure' | 'Foundation';

export const PALETTE_GROUPS: readonly PaletteGroup[] = [
  'Service Consumption',
  'Service Delivery',
  'Design & Planning',
  'Infrastructure',
  'Foundation',
];

/** Which lifecycle stage/status list applies (csdm.md section 4). */
export type LifecycleList = 'logical' | 'physical';

export type FieldType = 'string' | 'text' | 'choice' | 'reference' | 'number' | 'date';

export interface Choice {
  value: string;
  label: string;
}

export interface FieldDef {
  /** Exact ServiceNow column name (for example `busines_criticality`, spelled as ServiceNow spells it). */
  column: string;
  label: string;
  type: FieldType;
  /** For `choice`: the id of a choice list of the catalogue. */
  choiceList?: string;
  /** For `reference`: the Foundation kinds (or other kinds) a value may point at. */
  references?: readonly KindId[];
  required?: boolean;
  maxLength?: number;
  /** Set by ServiceNow or by the kind itself (service_classification): shown, not edited. */
  readOnly?: boolean;
}

export interface KindDef {
  id: KindId;
  /** CSDM 5 label ("Service instance"). */
  label: string;
  /** Label before CSDM 5 where it changed ("Application service"). */
  formerLabel?: string;
  /** Other names users search by, such as the CSDM 5 term "Technology management service". */
  aliases?: readonly string[];
  /** For messages ("business service offerings"); absent: the label with an "s". */
  pluralLabel?: string;
  /** The family of tables; the first is the default for a new element. */
  tables: readonly string[];
  /** An imported class the catalogue does not know keeps whatever table it came with. */
  acceptsAnyTable?: boolean;
  /** Not offered in the palette (generic CIs only arrive by import). */
  hiddenFromPalette?: boolean;
  /** Value of `service_classification` for services and offerings. */
  serviceClassification?: string;
  isCi: boolean;
  /** Design records (business application, capability, information object) are CIs but not operational. */
  operational: boolean;
  domain: Domain;
  stage: Stage;
  paletteGroup: PaletteGroup;
  /** File name (without extension) of the class icon in assets/icons. */
  icon: string;
  lifecycle?: LifecycleList;
  /** Fields shown in the inspector and exported, name excluded (it is on every element). */
  fields: readonly FieldDef[];
  /** CSDM layer, top (0: capability) to bottom (infrastructure): used by auto-layout. */
  layer: number;
}

/** How a link is written to ServiceNow. */
export type LinkStorage =
  /** A `cmdb_rel_ci` row whose `type` is the link type id (an exact `cmdb_rel_type` name). */
  | { form: 'relationship' }
  /** A reference field on one side, e.g. `service_offering.parent` on the child. */
  | { form: 'reference'; table: string; field: string; on: 'parent' | 'child' }
  /** A row of a many-to-many table, e.g. `service_subscribe_company`. */
  | { form: 'many-to-many'; table: string; parentColumn: string; childColumn: string };

export interface LinkTypeDef {
  /** For relationships the exact `cmdb_rel_type` name; otherwise a catalogue id like `offering.parent`. */
  id: string;
  /** Read parent -> child ("Depends on", "offered as"). */
  label: string;
  /** Read child -> parent ("Used by", "offering of"). */
  reverseLabel: string;
  /** The label as a verb for messages ("A business service cannot depend on a server"). */
  verb?: string;
}

/** One allowed (parent kind, link type, child kind) triple and how it is stored. */
export interface LinkRule {
  from: KindId;
  to: KindId;
  type: string;
  storage: LinkStorage;
  /** Only for these target CSDM versions (absent: all). */
  csdmVersions?: readonly CsdmVersion[];
  /** At most this many links of this rule into one child (offering -> one parent service). */
  maxParentsPerChild?: number;
}

/**
 * A pair CSDM explicitly rules out, with the reason users read when they try it
 * (csdm.md section 5, "Not allowed"). Pairs without a rule are refused anyway;
 * this only gives the refusal a better explanation.
 */
export interface ForbiddenLink {
  from: readonly KindId[];
  to: readonly KindId[];
  reason: string;
}

export interface Catalogue {
  kinds: Readonly<Record<KindId, KindDef>>;
  choiceLists: Readonly<Record<string, readonly Choice[]>>;
  /** Lifecycle stage -> allowed statuses, per list. */
  lifecycle: Readonly<Record<LifecycleList, Readonly<Record<string, readonly string[]>>>>;
  linkTypes: Readonly<Record<string, LinkTypeDef>>;
  linkRules: readonly LinkRule[];
  forbiddenLinks: readonly ForbiddenLink[];
  /**
   * Facts csdm.md marks "not confirmed", kept here so they are configured, not hard-coded:
   * the portfolio reference field on services and the capability parent field.
   */
  unconfirmed: {
    portfolioField: string;
    capabilityParentField: string;
    /** Reference on a service to the taxonomy node it is filed under. */
    taxonomyNodeField: string;
    /** Reference on a taxonomy node to its service portfolio. */
    taxonomyPortfolioField: string;
  };
}
