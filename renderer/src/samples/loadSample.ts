/**
 * The model the editor opens with. Until models are kept between sessions
 * (the persistence layer), first start shows the Run-stage sample
 * (assets/samples/run-stage-sample.json), so there is a map to look at and
 * to try the editor on.
 *
 * `?model=empty` in the page address starts with an empty model instead. The
 * end-to-end tests that draw from scratch open the app that way; keep it.
 */
import sample from '@assets/samples/run-stage-sample.json';
import { CATALOGUE } from '@shared/csdm';
import { parseModelDocument } from '@shared/model/documentSchema';
import { newId } from '@shared/model/ids';
import type { ModelDocument } from '@shared/model/types';
import { emptyModel } from '../editor/createEditor';

/**
 * A fresh copy of the sample, checked against the document schema. It gets a
 * model id of its own (two loads are two models); element ids stay those of
 * the file, which are the export's source keys.
 */
export function loadRunStageSample(now: Date = new Date()): ModelDocument {
  const parsed = parseModelDocument(sample, CATALOGUE);
  if (!parsed.ok) throw new Error(`The bundled sample model is broken. ${parsed.reason}`);
  const stamp = now.toISOString();
  return { ...parsed.doc, id: newId(), createdAt: stamp, updatedAt: stamp };
}

/** What to open: the sample, or an empty model when the address asks for `?model=empty`. */
export function initialModel(search: string = globalThis.location?.search ?? ''): ModelDocument {
  if (new URLSearchParams(search).get('model') === 'empty') return emptyModel();
  return loadRunStageSample();
}
