/**
 * Open file… / Import… / drop: refusals before reading, errors that change
 * nothing, and a good file stored as a new model (a new id when the file's is
 * taken), named after the file, and opened.
 */
import { describe, expect, it, vi } from 'vitest';
import { importAny, saveNative, type ImportResult, type InputFile } from '../../../../shared/exchange';
import type { Id, ModelDocument } from '../../../../shared/model/types';
import {
  ImportController,
  type ImportHost,
  type PendingFile,
} from '../../../../renderer/src/exchange/importController';
import { ImportCancelled } from '../../../../renderer/src/exchange/importClient';
import type { Platform } from '../../../../renderer/src/platform/Platform';
import { serviceMap } from '../../shared/model/helpers';

/** The host stores a model as openNew does: shown, then stored (or `storeFails`, left open unsaved). */
function fakeHost(existing: Id[] = [], storeFails?: string) {
  const created: ModelDocument[] = [];
  const opened: Id[] = [];
  const notices: string[] = [];
  const saver = { flush: vi.fn(() => Promise.resolve()), hasUnsavedChanges: vi.fn(() => false) };
  const library = {
    db: { models: { get: (id: Id) => Promise.resolve(existing.includes(id) ? { id } : undefined) } },
    channel: { post: vi.fn() },
  };
  const editor = {
    session: { getState: () => ({ notify: (_tone: string, text: string) => notices.push(text) }) },
  };
  let state = { library, storageProblem: null, open: { autosaver: saver, editor } };
  const host = {
    store: { getState: () => state },
    openNew: vi.fn((doc: ModelDocument, shown?: () => void) => {
      opened.push(doc.id);
      state = { ...state, open: { autosaver: saver, editor } };
      shown?.();
      if (storeFails) return Promise.reject(new Error(storeFails));
      created.push(doc);
      return Promise.resolve();
    }),
  } as unknown as ImportHost;
  return { host, created, opened, notices, saver, library };
}

/** The import runs here, synchronously, as the worker would. */
const inline = (fileName: string, files: InputFile[]): Promise<ImportResult> =>
  Promise.resolve(importAny(files[0]!.bytes, { fileName: files[0]!.path || fileName }));

const file = (name: string, text: string): PendingFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, read: vi.fn(() => Promise.resolve(bytes)) };
};

describe('ImportController', () => {
  it('closes its dialog once the model is on screen, and stays busy until it is stored', async () => {
    const { host } = fakeHost();
    let stored = () => {};
    let phaseWhenShown = '';
    const controller = new ImportController(host, inline);
    vi.mocked(host.openNew).mockImplementationOnce((_doc, shown) => {
      shown?.();
      phaseWhenShown = controller.store.getState().phase;
      return new Promise<void>((resolve) => (stored = resolve));
    });
    const importing = controller.importFiles([file('Payroll.csdm.json', saveNative(serviceMap()))]);
    await vi.waitFor(() => expect(phaseWhenShown).toBe('saving'));
    expect(controller.busy).toBe(true);
    stored();
    await importing;
    expect(controller.busy).toBe(false);
  });

  it('says so when the model opened but could not be stored, and that something changed', async () => {
    const { host, created, opened } = fakeHost([], 'The disk or the browser storage for Mapwright is full.');
    const controller = new ImportController(host, inline);
    await controller.importFiles([file('Payroll.csdm.json', saveNative(serviceMap()))]);
    expect(opened).toHaveLength(1);
    expect(created).toEqual([]);
    expect(controller.store.getState()).toMatchObject({
      phase: 'failed',
      nothingChanged: false,
      error: expect.stringContaining(
        'is open in this window but could not be stored in the library. The disk',
      ),
    });
  });

  it('stores a model file as a new model named after the file, and opens it', async () => {
    const { host, created, opened, notices } = fakeHost();
    const controller = new ImportController(host, inline);
    await controller.importFiles([file('Payroll v2.csdm.json', saveNative(serviceMap()))]);
    expect(created).toHaveLength(1);
    expect(created[0]!.name).toBe('Payroll v2');
    expect(created[0]!.id).toBe(serviceMap().id);
    expect(opened).toEqual([created[0]!.id]);
    expect(controller.store.getState()).toEqual({ phase: 'idle' });
    expect(notices).toEqual(['Imported “Payroll v2” from the Mapwright model: 7 elements, 3 links.']);
  });

  it('gives the model a new id when the library already holds one with the file’s', async () => {
    const { host, created } = fakeHost([serviceMap().id]);
    await new ImportController(host, inline).importFiles([file('again.csdm.json', saveNative(serviceMap()))]);
    expect(created[0]!.id).not.toBe(serviceMap().id);
    expect(Object.keys(created[0]!.elements).sort()).toEqual(Object.keys(serviceMap().elements).sort());
  });

  it('refuses a file of another kind, and one over the limit, before reading them', async () => {
    const { host, created } = fakeHost();
    const controller = new ImportController(host, inline, 1000);
    const picture = file('holiday.png', 'PNG');
    await controller.importFiles([picture]);
    expect(picture.read).not.toHaveBeenCalled();
    expect(controller.store.getState()).toMatchObject({
      phase: 'failed',
      nothingChanged: true,
      error: expect.stringContaining('holiday.png is not a file Mapwright reads'),
    });
    controller.dismiss();
    const big = { ...file('big.json', '{}'), size: 5000 };
    await controller.importFiles([big]);
    expect(big.read).not.toHaveBeenCalled();
    expect(controller.store.getState()).toMatchObject({
      phase: 'failed',
      error: 'big.json is 4.9 KB, over the import limit of 1000 bytes; it was not read.',
    });
    expect(created).toEqual([]);
  });

  it('reports an unreadable file and stores nothing', async () => {
    const { host, created, opened } = fakeHost();
    const controller = new ImportController(host, inline);
    await controller.importFiles([file('broken.csdm.json', '{"format": "mapwright-model", "model": ')]);
    expect(controller.store.getState()).toMatchObject({
      phase: 'failed',
      fileName: 'broken.csdm.json',
      error: expect.stringContaining('broken.csdm.json'),
    });
    expect(created).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('keeps the open model when its latest edits cannot be written', async () => {
    const { host, created, saver } = fakeHost();
    saver.hasUnsavedChanges.mockReturnValue(true);
    const controller = new ImportController(host, inline);
    await controller.importFiles([file('x.csdm.json', saveNative(serviceMap()))]);
    expect(controller.store.getState()).toMatchObject({
      phase: 'failed',
      error: expect.stringContaining('not saved yet'),
    });
    expect(created).toEqual([]);
  });

  it('shows the report when there is something to say', async () => {
    const { host } = fakeHost();
    const runner = (): Promise<ImportResult> =>
      Promise.resolve({
        ok: true,
        doc: serviceMap(),
        format: 'ire',
        warnings: [
          {
            message:
              'p.json: “x” from a to b is not a link CSDM allows; it was kept, and validation flags it.',
            linkId: 'l1',
          },
        ],
      });
    const controller = new ImportController(host, runner);
    await controller.importFiles([file('payload.ire.json', '{}')]);
    expect(controller.store.getState()).toMatchObject({
      phase: 'done',
      modelName: 'payload',
      format: 'ire',
      summary: { points: ['1 link of types CSDM does not allow was kept and flagged; validation lists it.'] },
    });
  });

  it('stops a running import on cancel, storing nothing', async () => {
    const { host, created } = fakeHost();
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const runner = (_name: string, _files: InputFile[], signal: AbortSignal) =>
      new Promise<ImportResult>((_resolve, reject) => {
        started();
        signal.addEventListener('abort', () => reject(new ImportCancelled()));
      });
    const controller = new ImportController(host, runner);
    const done = controller.importFiles([file('big.ire.json', '{}')]);
    await running;
    expect(controller.store.getState()).toMatchObject({ phase: 'parsing', fileName: 'big.ire.json' });
    controller.cancel();
    await done;
    expect(controller.store.getState()).toEqual({ phase: 'idle' });
    expect(created).toEqual([]);
  });

  it('opens through the platform dialog as binary, and does nothing when it is cancelled', async () => {
    const { host, created } = fakeHost();
    const openFile = vi.fn<Platform['openFile']>().mockResolvedValue(null);
    const controller = new ImportController(host, inline);
    await controller.pick({ openFile } as unknown as Platform, 'open');
    expect(openFile).toHaveBeenCalledWith(expect.objectContaining({ title: 'Open file', binary: true }));
    expect(controller.store.getState()).toEqual({ phase: 'idle' });
    openFile.mockResolvedValue({
      name: 'm.csdm.json',
      bytes: new TextEncoder().encode(saveNative(serviceMap())),
    });
    await controller.pick({ openFile } as unknown as Platform, 'import');
    expect(created.map((doc) => doc.name)).toEqual(['m']);
  });
});
