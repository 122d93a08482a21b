/** One row of the property grid: a visible label tied to its control, and the control. */
import type { ReactNode } from 'react';

export function FieldRow(props: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="prop-row">
      <div className="prop-label" title={props.hint ?? props.label}>
        <label htmlFor={props.id}>{props.label}</label>
        {/* Outside the label, so the field's accessible name is the label alone. */}
        {props.required && (
          <span className="prop-required" aria-hidden>
            *
          </span>
        )}
      </div>
      <div className="prop-control">{props.children}</div>
    </div>
  );
}
