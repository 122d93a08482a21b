import { Dialog } from './Dialog';
import type { AppInfo } from '../platform/Platform';

export function AboutDialog({ info, open, onClose }: { info: AppInfo | null; open: boolean; onClose: () => void }) {
  return (
    <Dialog title="About Mapwright" open={open} onClose={onClose}>
      <p>
        Mapwright {info?.version ?? ''} — a service-mapping editor for ServiceNow&apos;s Common Service Data Model.
      </p>
      <p className="muted">Running in: {info?.runtime ?? '…'}</p>
    </Dialog>
  );
}
