/** The selected element's CSDM findings (shared/validation, through useFindings). */
import type { Element } from '@shared/model/types';
import { FindingList } from './FindingList';
import { useFindings } from './useFindings';

export function ElementFindings({ element }: { element: Element }) {
  const findings = useFindings('element', element.id);
  return <FindingList findings={findings} kindOf={(id) => (id === element.id ? element.kind : undefined)} />;
}
