/** A titled, collapsible block of the property grid; what the user collapsed stays collapsed across selections. */
import { ChevronDown } from 'lucide-react';
import { useState, type ReactNode } from 'react';

const collapsed = new Set<string>();

export function PropertySection(props: {
  title: string;
  count?: number;
  /** Colours the count: the worst severity of findings. */
  tone?: 'error' | 'warning' | 'info';
  children: ReactNode;
}) {
  const { title, count, tone, children } = props;
  const [open, setOpen] = useState(() => !collapsed.has(title));
  const toggle = () => {
    if (open) collapsed.add(title);
    else collapsed.delete(title);
    setOpen(!open);
  };
  return (
    <section className="prop-section" aria-label={title}>
      <h3 className="prop-section-title">
        <button type="button" aria-expanded={open} onClick={toggle}>
          <ChevronDown aria-hidden className="prop-section-chevron" />
          <span>{title}</span>
          {count !== undefined && (
            <span className={`prop-section-count${tone ? ` tone-${tone}` : ''}`}>{count}</span>
          )}
        </button>
      </h3>
      {open && <div className="prop-section-body">{children}</div>}
    </section>
  );
}
