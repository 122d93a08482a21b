/** CSV through papaparse, behind two functions so the rest of exchange never touches the library. */
import Papa from 'papaparse/papaparse.js';

/** RFC 4180: header row, comma, CRLF, fields quoted only when they need it, quotes doubled. */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => [...row]) },
    { delimiter: ',', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; message: string };

/** Rows of a comma-separated text (header included), or the first problem papaparse found. */
export function fromCsv(text: string): CsvParse {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const result = Papa.parse(text, { header: false, delimiter: ',', newline, skipEmptyLines: true });
  const problem = result.errors[0];
  if (problem) {
    const row = problem.row !== undefined ? ` (row ${problem.row + 1})` : '';
    return { ok: false, message: `${problem.message}${row}` };
  }
  return { ok: true, rows: result.data };
}
