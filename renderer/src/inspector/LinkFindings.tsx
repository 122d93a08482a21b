/** The selected link's CSDM findings (shared/validation, through useFindings). */
import type { Element, Id } from '@shared/model/types';
import { FindingList } from './FindingList';
import { useFindings } from './useFindings';

export function LinkFindings({ linkId, ends }: { linkId: Id; ends: readonly (Element | undefined)[] }) {
  const findings = useFindings('link', linkId);
  return <FindingList findings={findings} kindOf={(id) => ends.find((end) => end?.id === id)?.kind} />;
}
