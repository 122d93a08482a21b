/**
 * Which views show each element, for the navigator's counts. Subscribes to a
 * summary of each view (its name and which elements it shows), not to the
 * views themselves: moving or resizing nodes replaces a view object but not
 * its summary, so the navigator does not render again on every drag.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Id, View } from '@shared/model/types';
import { useDocument } from '../editor/EditorContext';
import { membershipFromSummaries, viewSummary } from './buildTree';

/** One summary per view object; a view that did not change is not summarised again. */
const summaries = new WeakMap<View, string>();

function summaryOf(view: View | undefined): string {
  if (!view) return '';
  let summary = summaries.get(view);
  if (summary === undefined) {
    summary = viewSummary(view);
    summaries.set(view, summary);
  }
  return summary;
}

export function useViewMembership(): Map<Id, string[]> {
  const list = useDocument(
    useShallow((state) => state.doc.viewOrder.map((id) => summaryOf(state.doc.views[id]))),
  );
  return useMemo(() => membershipFromSummaries(list), [list]);
}
