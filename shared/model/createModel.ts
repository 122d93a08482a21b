/** A new, empty model with one view. */
import type { Id, ModelDocument, ModelSettings } from './types';

export const DEFAULT_SETTINGS: ModelSettings = { csdmVersion: 5, sourceName: 'Mapwright' };
export const DEFAULT_VIEW_NAME = 'Main view';

export interface NewModel {
  id: Id;
  name: string;
  /** ISO 8601 timestamp; passed in so the operation stays pure. */
  now: string;
  settings?: Partial<ModelSettings>;
  viewId: Id;
}

export function createModel({ id, name, now, settings, viewId }: NewModel): ModelDocument {
  return {
    id,
    name: name.trim() || 'Untitled model',
    settings: { ...DEFAULT_SETTINGS, ...settings },
    createdAt: now,
    updatedAt: now,
    elements: {},
    links: {},
    views: { [viewId]: { id: viewId, name: DEFAULT_VIEW_NAME, placements: {} } },
    viewOrder: [viewId],
  };
}

/** Operations leave timestamps alone (they have no clock); whoever saves stamps the change. */
export function touchModel(doc: ModelDocument, now: string): ModelDocument {
  return doc.updatedAt === now ? doc : { ...doc, updatedAt: now };
}
