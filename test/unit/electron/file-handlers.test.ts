import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileHandlers, type FileDialogs } from '../../../electron/main/ipc/file-handlers';
import { FileProblem, isUtf8, readFileWithin, writeFileReplacing } from '../../../electron/main/ipc/file-io';

interface Parent {
  name: string;
}
const parent: Parent = { name: 'main window' };
const filters = [{ name: 'Model', extensions: ['csdm.json'] }];

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mapwright-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function dialogs(choice: { open?: string[]; save?: string; canceled?: boolean }) {
  const fake = {
    showOpenDialog: vi.fn<FileDialogs<Parent>['showOpenDialog']>(() =>
      Promise.resolve({ canceled: choice.canceled ?? false, filePaths: choice.open ?? [] }),
    ),
    showSaveDialog: vi.fn<FileDialogs<Parent>['showSaveDialog']>(() =>
      Promise.resolve({ canceled: choice.canceled ?? false, filePath: choice.save }),
    ),
  };
  return fake satisfies FileDialogs<Parent>;
}

const realFiles = { read: readFileWithin, write: writeFileReplacing };

describe('file:open', () => {
  it('reads the file the user picked, modal to the calling window, and returns only its name', async () => {
    const path = join(folder, 'Payments.csdm.json');
    await writeFile(path, '{"name":"Payments"}');
    const picker = dialogs({ open: [path] });
    const opened = await fileHandlers(picker, realFiles, 1024).open(parent, { title: 'Open model', filters });
    expect(opened?.name).toBe('Payments.csdm.json');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('{"name":"Payments"}');
    expect(opened?.bytes).toBeInstanceOf(Uint8Array);
    expect(picker.showOpenDialog).toHaveBeenCalledWith(parent, {
      title: 'Open model',
      filters,
      properties: ['openFile'],
    });
  });

  it('returns null when the user cancels, without touching any file', async () => {
    const read = vi.fn(readFileWithin);
    const handlers = fileHandlers(
      dialogs({ canceled: true, open: ['/etc/passwd'] }),
      { ...realFiles, read },
      1024,
    );
    await expect(handlers.open(parent, { title: 'Open', filters })).resolves.toBeNull();
    await expect(
      fileHandlers(dialogs({ open: [] }), realFiles, 1024).open(parent, { title: 'Open', filters }),
    ).resolves.toBeNull();
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses files over the size limit with a clear message', async () => {
    const path = join(folder, 'huge.csdm.json');
    await writeFile(path, new Uint8Array(3 * 1024 * 1024));
    const handlers = fileHandlers(dialogs({ open: [path] }), realFiles, 2 * 1024 * 1024);
    await expect(handlers.open(parent, { title: 'Open', filters, binary: true })).rejects.toThrow(
      '"huge.csdm.json" is 3 MB; Mapwright opens files up to 2 MB.',
    );
  });

  it('refuses text that is not UTF-8 unless binary was asked for', async () => {
    const path = join(folder, 'latin1.csv');
    await writeFile(path, new Uint8Array([0x43, 0x61, 0x66, 0xe9])); // "Café" in Latin-1
    const handlers = fileHandlers(dialogs({ open: [path] }), realFiles, 1024);
    await expect(handlers.open(parent, { title: 'Import', filters })).rejects.toThrow(
      '"latin1.csv" is not UTF-8 text.',
    );
    await expect(handlers.open(parent, { title: 'Import', filters, binary: true })).resolves.toMatchObject({
      name: 'latin1.csv',
    });
  });

  it('reports file system errors by file name, never by full path', async () => {
    const path = join(folder, 'gone.csdm.json');
    const error = await fileHandlers(dialogs({ open: [path] }), realFiles, 1024)
      .open(parent, { title: 'Open', filters })
      .catch((problem: unknown) => problem);
    expect(error).toBeInstanceOf(FileProblem);
    expect((error as Error).message).toBe('Could not open "gone.csdm.json": it no longer exists.');
    expect((error as Error).message).not.toContain(folder);
  });

  it('refuses a folder', async () => {
    await expect(
      fileHandlers(dialogs({ open: [folder] }), realFiles, 1024).open(parent, { title: 'Open', filters }),
    ).rejects.toThrow('is not a file');
  });
});

describe('file:save', () => {
  it('writes the bytes where the user chose and returns the name', async () => {
    const path = join(folder, 'Payments.csdm.json');
    const picker = dialogs({ save: path });
    const saved = await fileHandlers(picker, realFiles, 1024).save(parent, {
      title: 'Save model',
      suggestedName: 'Payments.csdm.json',
      filters,
      bytes: new TextEncoder().encode('{"v":1}'),
    });
    expect(saved).toEqual({ name: 'Payments.csdm.json' });
    expect(await readFile(path, 'utf8')).toBe('{"v":1}');
    expect(picker.showSaveDialog).toHaveBeenCalledWith(parent, {
      title: 'Save model',
      defaultPath: 'Payments.csdm.json',
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const path = join(folder, 'model.json');
    await writeFile(path, 'old contents that are longer than the new ones');
    await fileHandlers(dialogs({ save: path }), realFiles, 1024).save(parent, {
      title: 'Save',
      suggestedName: 'model.json',
      filters,
      bytes: new TextEncoder().encode('new'),
    });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['model.json']);
  });

  it('returns null when the user cancels, and writes nothing', async () => {
    const write = vi.fn(writeFileReplacing);
    const handlers = fileHandlers(
      dialogs({ canceled: true, save: join(folder, 'x.json') }),
      { ...realFiles, write },
      1024,
    );
    await expect(
      handlers.save(parent, { title: 'Save', suggestedName: 'x.json', filters, bytes: new Uint8Array() }),
    ).resolves.toBeNull();
    expect(write).not.toHaveBeenCalled();
    expect(await readdir(folder)).toEqual([]);
  });

  it('reports a write failure plainly and cleans up', async () => {
    const path = join(folder, 'missing-folder', 'model.json');
    await expect(
      fileHandlers(dialogs({ save: path }), realFiles, 1024).save(parent, {
        title: 'Save',
        suggestedName: 'model.json',
        filters,
        bytes: new Uint8Array([1]),
      }),
    ).rejects.toThrow('Could not save "model.json": it no longer exists.');
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('UTF-8 check', () => {
  it('accepts UTF-8 with or without a byte-order mark and refuses broken sequences', () => {
    expect(isUtf8(new TextEncoder().encode('Zürich — 東京'))).toBe(true);
    expect(isUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe(true);
    expect(isUtf8(new Uint8Array([0xc3]))).toBe(false);
    expect(isUtf8(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toBe(false);
  });
});
