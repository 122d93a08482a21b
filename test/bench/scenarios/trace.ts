/**
 * The longest main-thread task in a span of time, from a Chromium trace (the
 * 'toplevel' tasks of the page's renderer main thread): the only way to see
 * tasks under 50 ms, which the Long Tasks API leaves out.
 */
import type { Browser, Page } from 'playwright-core';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

/** Ends the trace; the longest task (ms) on the main thread of the renderer showing `url`, and the task count. */
export async function longestTask(
  browser: Browser,
  url: string,
): Promise<{ longestMs: number; tasks: number }> {
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const pids = new Set<number>();
  for (const event of traceEvents) {
    if (event.name !== 'TracingStartedInBrowser') continue;
    for (const frame of event.args?.data?.frames ?? []) {
      if (frame.url?.startsWith(url) && frame.processId !== undefined) pids.add(frame.processId);
    }
  }
  const mainThreads = new Set(
    traceEvents
      .filter(
        (e) =>
          e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  let tasks = 0;
  for (const event of traceEvents) {
    if (event.ph !== 'X' || (event.name !== 'ThreadControllerImpl::RunTask' && event.name !== 'RunTask'))
      continue;
    if (!mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    tasks++;
    longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return { longestMs: longest, tasks };
}
