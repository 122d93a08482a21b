/**
 * Life cycle stage, then its status: the status list offers only the chosen
 * stage's statuses (csdm.md section 4). Changing the stage drops a status that
 * no longer fits; setAttribute does that, this only shows it.
 */
import { useId } from 'react';
import { CATALOGUE, stagesOf, statusesForStage, type FieldDef, type LifecycleList } from '@shared/csdm';
import { ChoiceSelect } from './ChoiceField';
import { FieldRow } from './FieldRow';
import { MIXED, type FieldValue } from './multiEdit';

const asChoices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

export function LifecycleFields(props: {
  list: LifecycleList;
  stageField: FieldDef;
  statusField: FieldDef | undefined;
  stage: FieldValue;
  status: FieldValue;
  onCommit: (column: string, value: string) => void;
}) {
  const { list, stageField, statusField, stage, status, onCommit } = props;
  const stageId = useId();
  const statusId = useId();
  const stageKnown = stage !== MIXED && stage !== '';
  const statuses = stageKnown ? statusesForStage(CATALOGUE, list, stage) : [];
  const statusHint =
    stage === MIXED
      ? 'The selected elements are in different stages'
      : stageKnown
        ? undefined
        : 'Choose a stage first';
  return (
    <>
      <FieldRow id={stageId} label={stageField.label} required={stageField.required}>
        <ChoiceSelect
          id={stageId}
          value={stage}
          choices={asChoices(stagesOf(CATALOGUE, list))}
          onCommit={(value) => onCommit(stageField.column, value)}
          unknownNote="not a stage"
        />
      </FieldRow>
      {statusField && (
        <FieldRow id={statusId} label={statusField.label} required={statusField.required} hint={statusHint}>
          <ChoiceSelect
            id={statusId}
            value={status}
            choices={asChoices(statuses)}
            disabled={!stageKnown}
            onCommit={(value) => onCommit(statusField.column, value)}
            unknownNote={stageKnown ? `not a status of ${stage}` : 'no stage'}
          />
        </FieldRow>
      )}
    </>
  );
}
