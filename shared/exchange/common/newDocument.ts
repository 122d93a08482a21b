/**
 * The one way importers make a document: from the records they read, a new
 * model with one view placing everything in CSDM layers. The structural
 * invariants are checked before it is handed out, so an importer bug can
 * never give users a document that does not hold together.
 */
import type { Catalogue } from '../../csdm/types';
import { checkInvariants } from '../../model/checkInvariants';
import { DEFAULT_SETTINGS } from '../../model/createModel';
import { newId as randomId } from '../../model/ids';
import { setEntry } from '../../model/internal/records';
import type { CsdmVersion, Element, Id, Link, ModelDocument } from '../../model/types';
import { layeredPlacements } from './layout';
import { fail } from './result';

/** What every importer may be given. */
export interface ImportOptions {
  /** Names the input in messages and gives the model its name when the input has none. */
  fileName?: string;
  /** Id source for new ids (tests pass a counter); random UUIDs otherwise. */
  newId?: () => string;
  /** ISO timestamp for createdAt/updatedAt; the current time otherwise. */
  now?: string;
  /** Target CSDM version when the input does not say. */
  csdmVersion?: CsdmVersion;
  /** Name of the new model's view. */
  viewName?: string;
}

export interface NewDocumentInput {
  name: string;
  csdmVersion: CsdmVersion;
  sourceName?: string;
  elements: readonly Element[];
  links: readonly Link[];
}

/** A file name without folders and extensions: "exports/payroll.ire.json" -> "payroll". */
export function baseName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const stem = last.replace(/(\.(json|zip|csv|ire|csdm|importset))+$/i, '').trim();
  return stem || undefined;
}

export function idSource(options: ImportOptions): () => Id {
  return options.newId ?? randomId;
}

export function buildDocument(
  catalogue: Catalogue,
  input: NewDocumentInput,
  options: ImportOptions,
): ModelDocument {
  const newId = idSource(options);
  const now = options.now ?? new Date().toISOString();
  const elements: Record<Id, Element> = {};
  for (const element of input.elements) setEntry(elements, element.id, element);
  const links: Record<Id, Link> = {};
  for (const link of input.links) setEntry(links, link.id, link);
  const viewId = newId();
  const doc: ModelDocument = {
    id: newId(),
    name: input.name.trim() || 'Imported model',
    settings: {
      csdmVersion: input.csdmVersion,
      sourceName: input.sourceName?.trim() || DEFAULT_SETTINGS.sourceName,
    },
    createdAt: now,
    updatedAt: now,
    elements,
    links,
    views: {
      [viewId]: {
        id: viewId,
        name: options.viewName ?? 'Imported',
        placements: layeredPlacements(catalogue, input.elements),
      },
    },
    viewOrder: [viewId],
  };
  const problems = checkInvariants(doc, catalogue, { structuralOnly: true });
  if (problems.length > 0)
    fail(`The imported model does not hold together: ${problems.slice(0, 3).join('; ')}.`);
  return doc;
}
