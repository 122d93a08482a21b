/**
 * Runs `work` once, in a task after the next frame has been painted: a
 * timeout queued from an animation frame runs after that frame. A hidden
 * window paints no frames, so a plain timeout runs it at the latest after
 * `latestMs`.
 */
export function afterPaint(work: () => void, latestMs = 250): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, latestMs);
}
