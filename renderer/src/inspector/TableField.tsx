/**
 * The element's ServiceNow table, one of its kind's family. A kind with one
 * table, or an imported CI of a class the catalogue does not know, shows it read-only.
 */
import { useId } from 'react';
import { CATALOGUE } from '@shared/csdm';
import { changeTable } from '@shared/model/changeTable';
import type { Element } from '@shared/model/types';
import { FieldRow } from './FieldRow';
import { useApply } from './useApply';

export function TableField({ element }: { element: Element }) {
  const id = useId();
  const apply = useApply();
  const kind = CATALOGUE.kinds[element.kind];
  const fixed = kind.acceptsAnyTable === true || kind.tables.length < 2;
  const hint = kind.acceptsAnyTable
    ? 'Imported from a class the catalogue does not know: the table is kept as it came'
    : fixed
      ? `${kind.label} is always stored in this table`
      : 'The ServiceNow class (table) this element is stored in';
  return (
    <FieldRow id={id} label="Table" hint={hint}>
      {fixed ? (
        <input
          id={id}
          className="prop-input is-readonly mono"
          value={element.table}
          title={element.table}
          readOnly
          aria-readonly
        />
      ) : (
        <select
          id={id}
          className="prop-input mono"
          value={element.table}
          title={element.table}
          onChange={(event) => apply((doc) => changeTable(doc, CATALOGUE, element.id, event.target.value))}
        >
          {!kind.tables.includes(element.table) && <option value={element.table}>{element.table}</option>}
          {kind.tables.map((table) => (
            <option key={table} value={table}>
              {table}
            </option>
          ))}
        </select>
      )}
    </FieldRow>
  );
}
