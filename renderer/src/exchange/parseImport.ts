/** One file through importAny (format detected from the content), several as a folder through importFiles. */
import { importAny, importFiles, type ImportResult, type InputFile } from '@shared/exchange';

export function parseImport(fileName: string, files: readonly InputFile[]): ImportResult {
  const [only] = files;
  if (files.length === 1 && only) return importAny(only.bytes, { fileName: only.path });
  return importFiles(files, { fileName });
}
