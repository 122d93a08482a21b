/**
 * Files dragged onto the window: the overlay shows while they are over it,
 * and a drop imports them. Only drags that carry files count; the palette's
 * and the navigator's drags carry Mapwright's own types and pass untouched.
 */
import { useEffect, useState } from 'react';
import type { ImportController, PendingFile } from './importController';

/** Without a dragover for this long, the drag has left (dragleave is unreliable across child elements). */
const LEFT_AFTER_MS = 400;

export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types).includes('Files');
}

export function droppedFiles(transfer: DataTransfer): PendingFile[] {
  return Array.from(transfer.files).map((file) => ({
    name: file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  }));
}

export function useFileDrop(controller: ImportController, target: Window = window): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const leave = () => {
      clearTimeout(timer);
      setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(true);
      clearTimeout(timer);
      timer = setTimeout(leave, LEFT_AFTER_MS);
    };
    const onLeave = (event: DragEvent) => {
      if (event.relatedTarget === null && carriesFiles(event.dataTransfer)) leave();
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer) || !event.dataTransfer) return;
      // Never let the browser (or Electron) navigate to the dropped file.
      event.preventDefault();
      leave();
      const files = droppedFiles(event.dataTransfer);
      if (files.length > 0) void controller.importFiles(files);
    };
    target.addEventListener('dragenter', onOver);
    target.addEventListener('dragover', onOver);
    target.addEventListener('dragleave', onLeave);
    target.addEventListener('drop', onDrop);
    return () => {
      clearTimeout(timer);
      target.removeEventListener('dragenter', onOver);
      target.removeEventListener('dragover', onOver);
      target.removeEventListener('dragleave', onLeave);
      target.removeEventListener('drop', onDrop);
    };
  }, [controller, target]);
  return over;
}
