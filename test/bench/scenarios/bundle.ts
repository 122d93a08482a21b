/**
 * Renderer bundle size, gzipped, from the production build's files (the
 * app built by vite.web.config.ts): every JavaScript file, the main entry
 * (the script index.html loads) and the workers (layout, import) apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Results } from '../report';
import { round } from '../stats';

const gzipKb = (path: string): number => gzipSync(readFileSync(path)).length / 1024;

export function measureBundle(dist: string, results: Results): void {
  const assets = resolve(dist, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html loads no script');
  if (readFileSync(resolve(assets, entry), 'utf8').includes('jsxDEV'))
    throw new Error(
      `${entry} holds React's development build: the timings would not be of a production build.`,
    );
  const workers = files.filter((name) => /worker/i.test(name));
  const layout = workers.find((name) => /layout/i.test(name));
  const sizes = new Map(files.map((name) => [name, gzipKb(resolve(assets, name))]));
  const sum = (names: string[]) => round(names.reduce((total, name) => total + (sizes.get(name) ?? 0), 0));
  const pageJs = files.filter((name) => !workers.includes(name));
  results.add({
    metric: 'bundle_js_kb',
    value: sum(pageJs),
    unit: 'KB',
    detail: {
      files: pageJs.length,
      css_kb: round(
        readdirSync(assets)
          .filter((name) => name.endsWith('.css'))
          .reduce((total, name) => total + gzipKb(resolve(assets, name)), 0),
      ),
    },
  });
  results.add({ metric: 'bundle_main_entry_kb', value: sum([entry]), unit: 'KB', detail: { file: entry } });
  if (layout)
    results.add({
      metric: 'bundle_layout_worker_kb',
      value: sum([layout]),
      unit: 'KB',
      detail: { file: layout },
    });
  for (const worker of workers.filter((name) => name !== layout)) {
    results.add({
      metric: 'bundle_other_worker_kb',
      value: sum([worker]),
      unit: 'KB',
      detail: { file: worker },
    });
  }
}
