/**
 * The part of papaparse Mapwright uses, typed here: @types/papaparse pulls in
 * Node's types (and names DOM ones), which shared/ must not see, so csv/papa.ts
 * imports the library file directly and these declarations describe it.
 */
declare module 'papaparse/papaparse.js' {
  interface UnparseConfig {
    quotes?: boolean;
    delimiter?: string;
    newline?: string;
    header?: boolean;
    columns?: string[];
    escapeFormulae?: boolean;
  }
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  interface ParseResult {
    data: string[][];
    errors: ParseError[];
  }
  interface ParseConfig {
    delimiter?: string;
    newline?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
  }
  interface PapaStatic {
    unparse(data: { fields: string[]; data: string[][] }, config?: UnparseConfig): string;
    parse(input: string, config?: ParseConfig): ParseResult;
  }
  const Papa: PapaStatic;
  export default Papa;
}
