/**
 * Several things selected: how many of what, and the fields every selected
 * element has. A value shows when they all agree, "(mixed)" otherwise; an edit
 * sets it on every one of them as one change (one undo step).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CATALOGUE } from '@shared/csdm';
import type { Element, Id } from '@shared/model/types';
import { useDocument } from '../editor/EditorContext';
import { FieldList } from './FieldList';
import { groupFields } from './fieldGroups';
import { KindCountList } from './KindCountList';
import { countByKind } from './kindCounts';
import { commonValue, setAttributeOnAll, sharedFields } from './multiEdit';
import { PropertySection } from './PropertySection';
import { useApply } from './useApply';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function MultiInspector({
  elementIds,
  linkIds,
}: {
  elementIds: readonly Id[];
  linkIds: readonly Id[];
}) {
  const apply = useApply();
  const elements = useDocument(
    useShallow((state) =>
      elementIds.flatMap((id) => (state.doc.elements[id] ? [state.doc.elements[id]] : [])),
    ),
  );
  const kinds = useMemo(() => countByKind(CATALOGUE, elements), [elements]);
  const fields = useMemo(
    () =>
      sharedFields(
        CATALOGUE,
        kinds.map(({ kind }) => kind.id),
      ),
    [kinds],
  );
  const first = kinds[0]?.kind;
  const groups = useMemo(() => (first ? groupFields(first, fields) : []), [first, fields]);

  const title = [
    elements.length > 0 ? plural(elements.length, 'element', 'elements') : '',
    linkIds.length > 0 ? plural(linkIds.length, 'link', 'links') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const valueOf = (column: string) => commonValue(elements as Element[], column);
  const onCommit = (column: string, value: string) =>
    apply((doc) => setAttributeOnAll(doc, CATALOGUE, elementIds, column, value));

  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <div className="inspector-header-text">
          <div className="inspector-header-name">{title} selected</div>
          <KindCountList counts={kinds} compact />
        </div>
      </header>
      {elements.length > 1 && fields.length === 0 && (
        <p className="prop-note">These elements have no field in common.</p>
      )}
      {elements.length > 1 && fields.length > 0 && (
        <>
          <p className="prop-note">
            Fields every selected element has. A change applies to all of them at once.
          </p>
          {groups.map((group) =>
            first ? (
              <PropertySection key={group.name} title={group.name}>
                <FieldList kind={first} fields={group.fields} valueOf={valueOf} onCommit={onCommit} />
              </PropertySection>
            ) : null,
          )}
        </>
      )}
      {elements.length <= 1 && <p className="prop-note">Select a single element or link to edit it.</p>}
    </div>
  );
}
