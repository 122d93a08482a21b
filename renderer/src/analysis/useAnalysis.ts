/**
 * The analysis the session asks for (impact or dependencies of one element),
 * worked out by shared/graph and kept current as the model changes. It is
 * recomputed only when elements or links change, not when a node moves.
 */
import { useMemo } from 'react';
import { analyse, type Analysis } from '@shared/analysis';
import { CATALOGUE } from '@shared/csdm';
import type { Element, Link, ModelDocument } from '@shared/model/types';
import { useDocument, useEditor, useSession, type Editor } from '../editor/EditorContext';
import type { SessionState } from '../store/sessionStore';
import { edgeClassName, NO_EMPHASIS, nodeClassName, type Emphasis } from './emphasis';

type Request = SessionState['analysis'];

interface Cached {
  request: Request;
  elements: ModelDocument['elements'];
  links: ModelDocument['links'];
  analysis: Analysis | null;
}

/** The last analysis per editor: the canvas nodes, edges and the list all ask, and share one walk. */
const cache = new WeakMap<Editor, Cached>();

function analysisOf(editor: Editor, request: Request, elements: Cached['elements'], links: Cached['links']) {
  const last = cache.get(editor);
  if (last && last.request === request && last.elements === elements && last.links === links)
    return last.analysis;
  const analysis = request
    ? analyse(
        { ...editor.document.getState().doc, elements, links },
        CATALOGUE,
        request.mode,
        request.elementId,
      )
    : null;
  cache.set(editor, { request, elements, links, analysis });
  return analysis;
}

export function useAnalysis(): Analysis | null {
  const editor = useEditor();
  const request = useSession((state) => state.analysis);
  // The document's own records: the analysis is recomputed exactly when they change, not when a node moves.
  const elements = useDocument((state) => state.doc.elements);
  const links = useDocument((state) => state.doc.links);
  return useMemo(() => analysisOf(editor, request, elements, links), [editor, request, elements, links]);
}

/** What the canvas marks now: the analysis and the stage filter. */
export function useEmphasis(): Emphasis {
  const analysis = useAnalysis();
  const stage = useSession((state) => state.stageFilter);
  return useMemo(
    () =>
      analysis || stage
        ? {
            analysis: analysis
              ? { source: analysis.source.id, elements: analysis.elements, links: analysis.links }
              : null,
            stage,
          }
        : NO_EMPHASIS,
    [analysis, stage],
  );
}

/** The class of each node under the current emphasis; undefined when nothing is emphasised. */
export function useNodeClassName(): ((element: Element) => string | undefined) | undefined {
  const emphasis = useEmphasis();
  return useMemo(
    () => (emphasis === NO_EMPHASIS ? undefined : (element: Element) => nodeClassName(element, emphasis)),
    [emphasis],
  );
}

export function useEdgeClassName(): ((link: Link) => string | undefined) | undefined {
  const emphasis = useEmphasis();
  const elements = useDocument((state) => state.doc.elements);
  return useMemo(
    () => (emphasis === NO_EMPHASIS ? undefined : (link: Link) => edgeClassName(link, elements, emphasis)),
    [emphasis, elements],
  );
}
