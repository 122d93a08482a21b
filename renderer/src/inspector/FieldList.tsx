/**
 * A run of catalogue fields in catalogue order, each with its editor. The
 * lifecycle pair is drawn together so the status can follow the stage.
 */
import type { FieldDef, KindDef } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import { FieldEditor } from './FieldEditor';
import { LifecycleFields } from './LifecycleFields';
import type { FieldValue } from './multiEdit';

const STAGE = 'life_cycle_stage';
const STATUS = 'life_cycle_stage_status';

export function FieldList(props: {
  kind: KindDef;
  fields: readonly FieldDef[];
  valueOf: (column: string) => FieldValue;
  onCommit: (column: string, value: string) => void;
  selfId?: Id;
}) {
  const { kind, fields, valueOf, onCommit, selfId } = props;
  const list = kind.lifecycle;
  const byColumn = (column: string) => fields.find((field) => field.column === column);
  const stageField = byColumn(STAGE);
  // Kinds without a known list (imported unknown classes) keep both as free text.
  const lifecycle = list !== undefined && stageField?.type === 'choice';
  return (
    <>
      {fields.map((field) => {
        if (lifecycle && field.column === STATUS) return null;
        if (lifecycle && stageField && field.column === STAGE) {
          return (
            <LifecycleFields
              key={field.column}
              list={list}
              stageField={stageField}
              statusField={byColumn(STATUS)}
              stage={valueOf(STAGE)}
              status={valueOf(STATUS)}
              onCommit={onCommit}
            />
          );
        }
        return (
          <FieldEditor
            key={field.column}
            field={field}
            value={valueOf(field.column)}
            onCommit={(value) => onCommit(field.column, value)}
            selfId={selfId}
          />
        );
      })}
    </>
  );
}
