/**
 * Runtime checks for every invoke channel's arguments. The main process runs
 * them on each call: the renderer is treated as untrusted input.
 */
import { z } from 'zod';
import { MAX_FILE_BYTES, type InvokeArgs, type InvokeChannel } from './contract';
import { nativeMenuSchema } from './native-menu';

// Control characters have no place in titles or file names and can spoof dialogs.
const CONTROL_CHARACTERS = /\p{Cc}/u;

const label = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters');

// "json", "csdm.json" or "*": no dots at the ends, no wildcards inside, no path characters.
const extension = z
  .string()
  .max(32)
  .regex(/^(\*|[A-Za-z0-9]+(\.[A-Za-z0-9]+)*)$/, 'must be a file extension such as "json" (no dot) or "*"');

export const fileFilterSchema = z.strictObject({
  name: label(100).min(1),
  extensions: z.array(extension).min(1).max(32),
});

const filters = z.array(fileFilterSchema).max(20);

const fileName = label(255)
  .min(1)
  .refine((name) => !/[/\\]/.test(name), 'must be a file name without folders')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name');

const fileBytes = z
  .instanceof(Uint8Array, { message: 'must be a Uint8Array' })
  .refine(
    (bytes) => bytes.byteLength <= MAX_FILE_BYTES,
    `must be at most ${MAX_FILE_BYTES / (1024 * 1024)} MB`,
  );

export const openFileRequestSchema = z.strictObject({
  title: label(200),
  filters,
  binary: z.boolean().optional(),
});

export const saveFileRequestSchema = z.strictObject({
  title: label(200),
  suggestedName: fileName,
  filters,
  bytes: fileBytes,
});

export const documentStateSchema = z.strictObject({
  title: label(200),
  dirty: z.boolean(),
});

/** One tuple schema per channel: it checks the argument count as well as each argument. */
export const INVOKE_ARGUMENT_SCHEMAS: { readonly [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'file:open': z.tuple([openFileRequestSchema]),
  'file:save': z.tuple([saveFileRequestSchema]),
  'app:info': z.tuple([]),
  'window:set-document-state': z.tuple([documentStateSchema]),
  'menu:set': z.tuple([nativeMenuSchema]),
};

export type ArgumentCheck<C extends InvokeChannel> =
  { ok: true; args: InvokeArgs<C> } | { ok: false; problems: string[] };

/** Checks raw IPC arguments against the channel's schema; problems name where the input is wrong. */
export function checkInvokeArguments<C extends InvokeChannel>(
  channel: C,
  raw: readonly unknown[],
): ArgumentCheck<C> {
  const result = INVOKE_ARGUMENT_SCHEMAS[channel].safeParse(raw);
  if (result.success) return { ok: true, args: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`),
  };
}

/** [0, 'filters', 1, 'name'] -> "filters[1].name"; a whole argument -> "argument 1". */
function describePath(path: readonly PropertyKey[]): string {
  const [argument, ...fields] = path;
  if (argument === undefined) return 'arguments';
  if (fields.length === 0) return `argument ${Number(argument) + 1}`;
  return fields
    .map((field, index) =>
      typeof field === 'number' ? `[${field}]` : `${index === 0 ? '' : '.'}${String(field)}`,
    )
    .join('');
}
