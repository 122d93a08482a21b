import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../../shared/ipc/contract';
import { checkInvokeArguments } from '../../../../shared/ipc/schemas';

const filters = [{ name: 'Mapwright model', extensions: ['csdm.json', 'json'] }];
const openRequest = { title: 'Open model', filters };
const saveRequest = {
  title: 'Save model',
  suggestedName: 'Payments.csdm.json',
  filters,
  bytes: new Uint8Array([123, 125]),
};

function problems(check: ReturnType<typeof checkInvokeArguments>): string {
  return check.ok ? '' : check.problems.join('\n');
}

describe('file:open arguments', () => {
  it('accepts a title and filters, with or without the binary flag', () => {
    expect(checkInvokeArguments('file:open', [openRequest])).toEqual({ ok: true, args: [openRequest] });
    expect(checkInvokeArguments('file:open', [{ ...openRequest, binary: true }]).ok).toBe(true);
    expect(checkInvokeArguments('file:open', [{ title: '', filters: [] }]).ok).toBe(true);
    expect(
      checkInvokeArguments('file:open', [
        { title: 'Any', filters: [{ name: 'All files', extensions: ['*'] }] },
      ]).ok,
    ).toBe(true);
  });

  it.each([
    ['no argument', []],
    ['two arguments', [openRequest, openRequest]],
    ['a string', ['Open model']],
    ['null', [null]],
    ['a missing title', [{ filters }]],
    ['a numeric title', [{ title: 42, filters }]],
    ['filters that are not a list', [{ title: 'Open', filters: 'json' }]],
    ['a filter without extensions', [{ title: 'Open', filters: [{ name: 'Models', extensions: [] }] }]],
    ['an extension with a dot', [{ title: 'Open', filters: [{ name: 'Models', extensions: ['.json'] }] }]],
    ['an extension with a path', [{ title: 'Open', filters: [{ name: 'Models', extensions: ['../x'] }] }]],
    [
      'an extension with a wildcard inside',
      [{ title: 'Open', filters: [{ name: 'Models', extensions: ['js*'] }] }],
    ],
    ['a binary flag that is a string', [{ ...openRequest, binary: 'yes' }]],
    ['an unknown key', [{ ...openRequest, defaultPath: '/etc/passwd' }]],
    ['a huge title', [{ title: 'x'.repeat(10_000), filters }]],
    ['a title with control characters', [{ title: 'Open\u0000model', filters }]],
    ['too many filters', [{ title: 'Open', filters: Array.from({ length: 21 }, () => filters[0]) }]],
  ])('refuses %s', (_case, args) => {
    const check = checkInvokeArguments('file:open', args);
    expect(check.ok).toBe(false);
    expect(problems(check)).not.toBe('');
  });

  it('says where the input is wrong', () => {
    const check = checkInvokeArguments('file:open', [
      { title: 'Open', filters: [{ name: 'Models', extensions: ['ok', '.bad'] }] },
    ]);
    expect(problems(check)).toMatch(/^filters\[0\]\.extensions\[1\]: must be a file extension/);
    expect(problems(checkInvokeArguments('file:open', ['text']))).toMatch(/^argument 1: /);
    expect(problems(checkInvokeArguments('file:open', [openRequest, 1]))).toMatch(/^arguments: /);
  });
});

describe('file:save arguments', () => {
  it('accepts a file name and bytes (Node Buffers are Uint8Arrays too)', () => {
    expect(checkInvokeArguments('file:save', [saveRequest]).ok).toBe(true);
    expect(checkInvokeArguments('file:save', [{ ...saveRequest, bytes: Buffer.from('{}') }]).ok).toBe(true);
    expect(checkInvokeArguments('file:save', [{ ...saveRequest, bytes: new Uint8Array() }]).ok).toBe(true);
  });

  it.each([
    ['bytes as a string', { ...saveRequest, bytes: '{}' }],
    ['bytes as a plain array', { ...saveRequest, bytes: [123, 125] }],
    ['bytes as an ArrayBuffer', { ...saveRequest, bytes: new ArrayBuffer(2) }],
    ['bytes as a Uint16Array', { ...saveRequest, bytes: new Uint16Array(2) }],
    ['missing bytes', { title: 'Save', suggestedName: 'a.json', filters }],
    ['a name with a folder', { ...saveRequest, suggestedName: '../../.bashrc' }],
    ['an absolute path', { ...saveRequest, suggestedName: '/etc/passwd' }],
    ['a Windows path', { ...saveRequest, suggestedName: 'C:\\Windows\\win.ini' }],
    ['an empty name', { ...saveRequest, suggestedName: '' }],
    ['the parent folder as name', { ...saveRequest, suggestedName: '..' }],
    ['a name with a newline', { ...saveRequest, suggestedName: 'a\nb.json' }],
    ['a 300 character name', { ...saveRequest, suggestedName: `${'a'.repeat(295)}.json` }],
  ])('refuses %s', (_case, request) => {
    expect(checkInvokeArguments('file:save', [request]).ok).toBe(false);
  });

  it('refuses more bytes than the limit', () => {
    const check = checkInvokeArguments('file:save', [
      { ...saveRequest, bytes: new Uint8Array(MAX_FILE_BYTES + 1) },
    ]);
    expect(problems(check)).toMatch(/^bytes: must be at most 200 MB/);
  });
});

describe('app:info and window:set-document-state arguments', () => {
  it('app:info takes no argument at all', () => {
    expect(checkInvokeArguments('app:info', []).ok).toBe(true);
    expect(checkInvokeArguments('app:info', [{}]).ok).toBe(false);
    expect(checkInvokeArguments('app:info', [undefined]).ok).toBe(false);
  });

  it('document state needs a title and a dirty flag', () => {
    expect(checkInvokeArguments('window:set-document-state', [{ title: 'Payments', dirty: true }]).ok).toBe(
      true,
    );
    expect(checkInvokeArguments('window:set-document-state', [{ title: 'Payments' }]).ok).toBe(false);
    expect(checkInvokeArguments('window:set-document-state', [{ title: 'Payments', dirty: 'yes' }]).ok).toBe(
      false,
    );
    expect(
      checkInvokeArguments('window:set-document-state', [{ title: 'x'.repeat(201), dirty: false }]).ok,
    ).toBe(false);
  });
});
