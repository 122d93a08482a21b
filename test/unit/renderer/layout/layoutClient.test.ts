import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ElkLayoutGraph } from '@shared/layout/elkTypes';
import { createLayoutRunner } from '../../../../renderer/src/layout/layoutClient';
import type { LayoutWorkerReply, LayoutWorkerRequest } from '../../../../renderer/src/layout/protocol';

/** Just enough of a Worker: records requests, lets the test answer them. */
class FakeWorker {
  onmessage: ((event: MessageEvent<LayoutWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  requests: LayoutWorkerRequest[] = [];
  terminated = false;
  postMessage(request: LayoutWorkerRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: LayoutWorkerReply) {
    this.onmessage?.({ data: message } as MessageEvent<LayoutWorkerReply>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

const graph = (id: string): ElkLayoutGraph => ({ id, layoutOptions: {}, children: [], edges: [] });

function setUp(timeout = 1000) {
  const workers: FakeWorker[] = [];
  const run = createLayoutRunner(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  }, timeout);
  return { run, workers };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createLayoutRunner', () => {
  it('starts one worker on first use and matches replies to requests', async () => {
    const { run, workers } = setUp();
    const a = run(graph('a'));
    const b = run(graph('b'));
    expect(workers).toHaveLength(1);
    const [first, second] = workers[0]!.requests;
    workers[0]!.reply({ id: second!.id, ok: true, graph: { ...graph('b'), id: 'b-done' } });
    workers[0]!.reply({ id: first!.id, ok: true, graph: { ...graph('a'), id: 'a-done' } });
    await expect(a).resolves.toMatchObject({ id: 'a-done' });
    await expect(b).resolves.toMatchObject({ id: 'b-done' });
  });

  it('rejects with ELK’s message when the layout throws, and keeps the worker', async () => {
    const { run, workers } = setUp();
    const a = run(graph('a'));
    workers[0]!.reply({ id: workers[0]!.requests[0]!.id, ok: false, error: 'bad option' });
    await expect(a).rejects.toThrow('the layout engine stopped: bad option');
    void run(graph('b'));
    expect(workers).toHaveLength(1);
  });

  it('rejects everything waiting when the worker fails, and starts afresh next time', async () => {
    const { run, workers } = setUp();
    const a = run(graph('a'));
    const b = run(graph('b'));
    workers[0]!.fail('');
    await expect(a).rejects.toThrow('the layout engine could not be started');
    await expect(b).rejects.toThrow('the layout engine could not be started');
    expect(workers[0]!.terminated).toBe(true);
    void run(graph('c'));
    expect(workers).toHaveLength(2);
  });

  it('stops a layout that takes too long', async () => {
    vi.useFakeTimers();
    const { run, workers } = setUp(5000);
    const a = run(graph('a'));
    vi.advanceTimersByTime(5001);
    await expect(a).rejects.toThrow('the layout took too long and was stopped');
    expect(workers[0]!.terminated).toBe(true);
  });

  it('rejects when the worker cannot even be created', async () => {
    const run = createLayoutRunner(() => {
      throw new Error('blocked by policy');
    });
    await expect(run(graph('a'))).rejects.toThrow(
      'the layout engine could not be started (blocked by policy)',
    );
  });
});
