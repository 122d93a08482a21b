/**
 * The save state in the status bar: "Saved", "Saving…", "Unsaved changes",
 * "Save failed — …", or a conflict waiting for a choice. Announced politely
 * to screen readers; the title gives the detail.
 */
import { Check, CircleAlert, CloudOff, LoaderCircle, Pencil } from 'lucide-react';
import { useHostState, useModelHost, useSaveStatus } from './HostContext';

export function SaveState() {
  const host = useModelHost();
  const status = useSaveStatus();
  const problem = useHostState((state) => state.storageProblem);
  if (!host) return null;

  let text: string;
  let detail: string;
  let tone: 'ok' | 'busy' | 'dirty' | 'error';
  if (!status) {
    text = 'Not saved';
    detail = problem ? `Not saved: ${problem.message}` : 'This model is not stored.';
    tone = 'error';
  } else if (status.state === 'saved') {
    text = 'Saved';
    detail = 'Every change is saved in the local model library.';
    tone = 'ok';
  } else if (status.state === 'saving') {
    text = 'Saving…';
    detail = 'Writing the latest changes.';
    tone = 'busy';
  } else if (status.state === 'dirty') {
    text = 'Unsaved changes';
    detail = 'Saved automatically in a moment.';
    tone = 'dirty';
  } else if (status.state === 'failed') {
    text = `Save failed — ${status.problem.message}`;
    detail = `${status.problem.message} Mapwright keeps trying; your work is kept in this window.`;
    tone = 'error';
  } else {
    text = 'Not saved — changed in another window';
    detail = 'Choose whether to reload their version or keep yours as a copy.';
    tone = 'error';
  }
  const Icon = { ok: Check, busy: LoaderCircle, dirty: Pencil, error: status ? CircleAlert : CloudOff }[tone];
  return (
    <span
      className={`save-state save-state-${tone}`}
      aria-label="Save state"
      aria-live="polite"
      title={detail}
    >
      <Icon aria-hidden size={13} />
      <span>{text}</span>
    </span>
  );
}
