/**
 * One element: header, findings, then its fields by group (name and table
 * first), then its links. Subscribes to this element only.
 */
import { useMemo } from 'react';
import { CATALOGUE, type FieldDef } from '@shared/csdm';
import { setAttribute } from '@shared/model/setAttribute';
import type { Id } from '@shared/model/types';
import { useDocument } from '../editor/EditorContext';
import { ElementFindings } from './ElementFindings';
import { ElementHeader } from './ElementHeader';
import { ElementLinks } from './ElementLinks';
import { FieldList } from './FieldList';
import { groupFields, type FieldGroup } from './fieldGroups';
import { importedFields } from './importedFields';
import { NameField } from './NameField';
import { PropertySection } from './PropertySection';
import { SubscribersSection } from './subscribers/SubscribersSection';
import { subscriberKinds } from './subscribers/subscriptions';
import { TableField } from './TableField';
import { useApply } from './useApply';

export function ElementInspector({ elementId }: { elementId: Id }) {
  const element = useDocument((state) => state.doc.elements[elementId]);
  const apply = useApply();
  const kind = element ? CATALOGUE.kinds[element.kind] : undefined;
  const groups = useMemo((): FieldGroup[] => {
    if (!kind) return [];
    const grouped = groupFields(kind);
    // Name and table sit under General even for a kind with no other general field.
    return grouped[0]?.name === 'General' ? grouped : [{ name: 'General', fields: [] }, ...grouped];
  }, [kind]);
  // Columns an imported CI of an unknown class brought along: kept, and edited as text.
  const extraFields = useMemo(
    (): FieldDef[] => (element && kind ? importedFields(kind, element.attributes) : []),
    [element, kind],
  );
  if (!element || !kind) return null;

  const valueOf = (column: string) => element.attributes[column] ?? '';
  const onCommit = (column: string, value: string) =>
    apply((doc) => setAttribute(doc, CATALOGUE, element.id, column, value));

  return (
    <div className="inspector-body">
      <ElementHeader kind={kind} name={element.name} elementId={element.id} />
      <ElementFindings element={element} />
      {groups.map((group) => (
        <PropertySection key={group.name} title={group.name}>
          {group.name === 'General' && (
            <>
              <NameField element={element} />
              <TableField element={element} />
            </>
          )}
          <FieldList
            kind={kind}
            fields={group.fields}
            valueOf={valueOf}
            onCommit={onCommit}
            selfId={element.id}
          />
        </PropertySection>
      ))}
      {extraFields.length > 0 && (
        <PropertySection title="Imported fields">
          <FieldList
            kind={kind}
            fields={extraFields}
            valueOf={valueOf}
            onCommit={onCommit}
            selfId={element.id}
          />
        </PropertySection>
      )}
      {subscriberKinds(CATALOGUE, element.kind).length > 0 && <SubscribersSection offering={element} />}
      <ElementLinks element={element} />
    </div>
  );
}
