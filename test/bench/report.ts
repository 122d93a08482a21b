/** The figures the benchmark collects, the targets from issue 8, the printed table and .bench/results.json. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { BENCH_DIR } from './vite.bench.config';
import { round } from './stats';

export type Unit = 'ms' | 'fps' | 'MB' | 'KB' | 'renders';

export interface Figure {
  metric: string;
  /** Elements in the model, when the figure depends on it. */
  size?: number;
  /** The median of `runs` (or the one reading). */
  value: number;
  unit: Unit;
  runs?: number[];
  baseline?: { what: string; value: number; runs?: number[] };
  /** value / baseline. */
  ratio?: number;
  target?: { text: string; met: boolean };
  /** Parts and side figures (medians), for reading the result. */
  detail?: Record<string, number | string>;
}

type TargetCheck = (figure: Figure) => { text: string; met: boolean } | undefined;

const at =
  (size: number, check: (f: Figure) => { text: string; met: boolean }): TargetCheck =>
  (f) =>
    f.size === size ? check(f) : undefined;

/** Issue 8's targets (2 cores, headless, software rendering); a figure at another size has none. */
const TARGETS: Record<string, TargetCheck> = {
  open_ms: at(10_000, (f) => ({
    text: '<= 400 ms and <= 3x',
    met: f.value <= 400 && (f.ratio ?? Infinity) <= 3,
  })),
  pan_fps: at(10_000, (f) => ({ text: '>= 55 fps', met: f.value >= 55 })),
  drag_fps: at(10_000, (f) => ({ text: '>= 50 fps', met: f.value >= 50 })),
  drag_needless_renders: at(10_000, (f) => ({ text: '0', met: f.value === 0 })),
  persist_ms: at(10_000, (f) => ({ text: '<= 250 ms', met: f.value <= 250 })),
  edit_long_task_ms: at(10_000, (f) => ({ text: '<= 16 ms', met: f.value <= 16 })),
  validate_full_ms: at(50_000, (f) => ({ text: '<= 250 ms', met: f.value <= 250 })),
  validate_incremental_ms: (f) =>
    f.size !== undefined && f.size >= 10_000 ? { text: '<= 5 ms', met: f.value <= 5 } : undefined,
  export_ire_ms: at(50_000, (f) => ({ text: '<= 300 ms', met: f.value <= 300 })),
  import_ms: at(50_000, (f) => ({ text: '<= 1.2x', met: (f.ratio ?? Infinity) <= 1.2 })),
  heap_mb: at(10_000, (f) => ({ text: '<= 150 MB', met: f.value <= 150 })),
};

export class Results {
  readonly figures: Figure[] = [];

  add(figure: Omit<Figure, 'ratio' | 'target'>): Figure {
    const full: Figure = { ...figure };
    if (figure.baseline && figure.baseline.value > 0)
      full.ratio = round(figure.value / figure.baseline.value, 2);
    const target = TARGETS[figure.metric]?.(full);
    if (target) full.target = target;
    this.figures.push(full);
    return full;
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop() as string;
  } catch {
    return 'unknown';
  }
}

export function machine(): Record<string, string | number> {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium: chromiumVersion(),
    rendering: 'headless, software (--disable-gpu)',
  };
}

const formatNumber = (value: number, unit: Unit): string => {
  const digits = unit === 'ms' && value >= 100 ? 0 : 1;
  return `${value.toFixed(unit === 'renders' ? 0 : digits)} ${unit}`;
};

const sizeText = (size?: number): string =>
  size === undefined ? '' : size >= 1000 ? `${size / 1000}k` : String(size);

/** The table as Markdown (it reads well in a terminal and goes into the README as is). */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.metric,
    sizeText(f.size),
    formatNumber(f.value, f.unit),
    f.baseline ? `${formatNumber(f.baseline.value, f.unit)} (${f.baseline.what})` : '',
    f.ratio !== undefined ? `${f.ratio.toFixed(2)}x` : '',
    f.target ? `${f.target.text}: ${f.target.met ? 'met' : 'MISSED'}` : '',
  ]);
  const header = ['Metric', 'Elements', 'Median', 'Baseline (same run, same data)', 'Ratio', 'Target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function writeResults(data: Record<string, unknown>, file = 'results.json'): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = resolve(BENCH_DIR, file);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}
