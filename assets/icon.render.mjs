// Renders assets/icon.svg to assets/icon.png (512 x 512, transparent corners) with Chromium,
// so the PNG electron-builder packs is exactly the SVG source. Usage: node assets/icon.render.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const here = new URL('.', import.meta.url);
const svg = await readFile(new URL('icon.svg', here), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${svg}</body>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
  await writeFile(new URL('icon.png', here), png);
} finally {
  await browser.close();
}
