/**
 * The tables of the model library and of saved versions: a header row of
 * column names, then the caller's rows, each ending in its row's buttons
 * (a last column whose name only screen readers hear).
 */
import type { ReactNode } from 'react';
import './dataTable.css';

export interface DataColumn {
  label: string;
  /** Counts are right-aligned, in figures of one width. */
  numeric?: boolean;
}

export function DataTable({
  label,
  className,
  columns,
  children,
}: {
  label: string;
  className: string;
  columns: readonly DataColumn[];
  /** The <tr> rows. */
  children: ReactNode;
}) {
  return (
    <table className={`data-table ${className}`} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.label}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
