/**
 * A view (or part of it) as a standalone SVG image, built from the document:
 * placements, names, kind labels and link labels. Pure: no DOM, no React
 * Flow, so it is tested in Node and used for both SVG and PNG export (the PNG
 * is this SVG drawn on a canvas).
 *
 * Every piece of model text (names, tables, link types, the title) goes
 * through `escapeXml`: markup in a name comes out as text, never as markup.
 * The only markup taken in is the class icons of assets/icons, which the
 * caller supplies and which are checked to hold nothing active.
 */
import { CATALOGUE } from '@shared/csdm';
import type { Catalogue, PaletteGroup } from '@shared/csdm/types';
import type { Id, ModelDocument } from '@shared/model/types';

export type NodeFamily = 'consumption' | 'delivery' | 'design' | 'infrastructure' | 'foundation';

const FAMILY_OF_GROUP: Record<PaletteGroup, NodeFamily> = {
  'Service Consumption': 'consumption',
  'Service Delivery': 'delivery',
  'Design & Planning': 'design',
  Infrastructure: 'infrastructure',
  Foundation: 'foundation',
};

/** The colours an image is drawn in: the canvas's, from theme.css and canvas.css. */
export interface SvgPalette {
  background: string;
  panel: string;
  panelAlt: string;
  border: string;
  text: string;
  textMuted: string;
  danger: string;
  families: Record<NodeFamily, string>;
}

const FAMILIES: Record<NodeFamily, string> = {
  consumption: '#7c3aed',
  delivery: '#0284c7',
  design: '#d97706',
  infrastructure: '#475569',
  foundation: '#059669',
};

/** The light theme (theme.css), for slides: on white. */
export const LIGHT_PALETTE: SvgPalette = {
  background: '#ffffff',
  panel: '#ffffff',
  panelAlt: '#f0f2f5',
  border: '#d9dde3',
  text: '#1c2430',
  textMuted: '#5b6573',
  danger: '#c62828',
  families: FAMILIES,
};

/** The dark theme (theme.css), on the dark canvas colour. */
export const DARK_PALETTE: SvgPalette = {
  background: '#171a20',
  panel: '#1b1f26',
  panelAlt: '#232831',
  border: '#323844',
  text: '#e6e9ef',
  textMuted: '#9aa4b2',
  danger: '#ef5350',
  families: FAMILIES,
};

export interface SvgNode {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
  family: NodeFamily;
  kindLabel: string;
  name: string;
  table: string;
  /** Lifecycle stage badge, when the element has one. */
  stage?: string;
  /** Icon file name (assets/icons/<icon>.svg). */
  icon?: string;
}

export interface SvgEdge {
  id: Id;
  from: Id;
  to: Id;
  label: string;
  /** A link type the catalogue knows; unknown ones are drawn in the danger colour, as on the canvas. */
  known: boolean;
}

export interface SvgScene {
  title: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

/**
 * What one view shows: its placed elements and the links between two placed
 * elements; with `only`, just those elements and the links among them.
 */
export function sceneOf(
  doc: ModelDocument,
  viewId: Id,
  options: { only?: ReadonlySet<Id>; catalogue?: Catalogue; title?: string } = {},
): SvgScene {
  const catalogue = options.catalogue ?? CATALOGUE;
  const view = doc.views[viewId];
  const nodes: SvgNode[] = [];
  const placed = new Set<Id>();
  if (view) {
    for (const [id, placement] of Object.entries(view.placements)) {
      const element = doc.elements[id];
      if (!element || (options.only && !options.only.has(id))) continue;
      const kind = catalogue.kinds[element.kind];
      const stage = element.attributes['life_cycle_stage'];
      placed.add(id);
      nodes.push({
        id,
        x: placement.x,
        y: placement.y,
        width: placement.width,
        height: placement.height,
        family: FAMILY_OF_GROUP[kind.paletteGroup],
        kindLabel: kind.label,
        name: element.name,
        table: element.table,
        ...(stage ? { stage } : {}),
        icon: kind.icon,
      });
    }
  }
  const edges: SvgEdge[] = [];
  for (const link of Object.values(doc.links)) {
    if (!placed.has(link.from) || !placed.has(link.to)) continue;
    const type = catalogue.linkTypes[link.type];
    edges.push({ id: link.id, from: link.from, to: link.to, label: type?.label ?? link.type, known: !!type });
  }
  return { title: options.title ?? `${doc.name} — ${view?.name ?? ''}`, nodes, edges };
}

// Characters XML 1.0 does not allow (C0 controls but tab/newline/return, U+FFFE/U+FFFF); lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for an XML text node or attribute value: markup characters escaped, characters XML forbids replaced. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Width of a line of text in pixels; the browser passes canvas measureText, tests a fixed estimate. */
export type MeasureText = (text: string, font: { size: number; weight: number; mono: boolean }) => number;

/** Average glyph widths of system UI fonts, good enough where nothing can measure. */
export const estimateWidth: MeasureText = (text, { size, weight, mono }) =>
  [...text].length * size * (mono ? 0.6 : weight >= 600 ? 0.58 : 0.54);

export interface SvgOptions {
  palette: SvgPalette;
  /** Output pixels per diagram unit (1, 2, 3): the width/height attributes grow, the drawing stays vector. */
  scale?: number;
  /** Space around the drawing, in diagram units. */
  padding?: number;
  /** The text of assets/icons/<name>.svg; icons are left out when absent. */
  icon?: (name: string) => string | undefined;
  measure?: MeasureText;
}

export interface SvgImage {
  svg: string;
  /** Pixel size (scaled). */
  width: number;
  height: number;
}

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif";
export const MONO_FAMILY = "ui-monospace, 'SF Mono', Menlo, Consolas, monospace";

const HEADER = { size: 10.5, weight: 400, mono: false };
const NAME = { size: 13, weight: 600, mono: false };
const TABLE = { size: 10, weight: 400, mono: true };
const BADGE = { size: 10, weight: 400, mono: false };
const LABEL = { size: 10, weight: 400, mono: false };
const ICON_SIZE = 14;
const TOP_RULE = 4;
const PAD_X = 10;

/** Cuts text to fit `width`, ending in "…". */
export function fitText(
  text: string,
  width: number,
  font: Parameters<MeasureText>[1],
  measure: MeasureText,
): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (measure(clean, font) <= width) return clean;
  const chars = [...clean];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, font) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** React Flow's bezier: control points half the vertical distance away, or a small loop when going up. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

interface Curve {
  sx: number;
  sy: number;
  c1x: number;
  c1y: number;
  c2x: number;
  c2y: number;
  tx: number;
  ty: number;
}

/** From the parent's bottom handle to the child's top handle, as on the canvas. */
function curveBetween(from: SvgNode, to: SvgNode): Curve {
  const sx = from.x + from.width / 2;
  const sy = from.y + from.height;
  const tx = to.x + to.width / 2;
  const ty = to.y;
  return {
    sx,
    sy,
    c1x: sx,
    c1y: sy + controlOffset(ty - sy),
    c2x: tx,
    c2y: ty - controlOffset(ty - sy),
    tx,
    ty,
  };
}

/** Only plain drawing elements pass; anything that could run or fetch is refused. */
function iconSymbol(name: string, text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/<script|<foreignObject|\son[a-z]+\s*=|href|url\(|<style|<!/i.test(text)) return undefined;
  const open = /<svg\b([^>]*)>/i.exec(text);
  const close = text.lastIndexOf('</svg>');
  if (!open || close < 0) return undefined;
  const body = text.slice(open.index + open[0].length, close).trim();
  const attribute = (attr: string, fallback: string): string =>
    new RegExp(`\\s${attr}="([^"]*)"`).exec(open[1] ?? '')?.[1] ?? fallback;
  return (
    `<symbol id="icon-${escapeXml(name)}" viewBox="${escapeXml(attribute('viewBox', '0 0 24 24'))}" fill="none" ` +
    `stroke="currentColor" stroke-width="${escapeXml(attribute('stroke-width', '2'))}" stroke-linecap="round" ` +
    `stroke-linejoin="round">${body}</symbol>`
  );
}

const ICON_NAME = /^[a-z0-9-]{1,60}$/;

export function buildSvg(scene: SvgScene, options: SvgOptions): SvgImage {
  const { palette } = options;
  const scale = options.scale ?? 1;
  const padding = options.padding ?? 24;
  const measure = options.measure ?? estimateWidth;
  const byId = new Map(scene.nodes.map((node) => [node.id, node]));

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const include = (x: number, y: number): void => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const node of scene.nodes) {
    include(node.x, node.y);
    include(node.x + node.width, node.y + node.height);
  }

  const edgeParts: string[] = [];
  const labelParts: string[] = [];
  for (const edge of scene.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const c = curveBetween(from, to);
    // A bezier stays inside the hull of its points: these bound the curve.
    include(c.c1x, c.c1y);
    include(c.c2x, c.c2y);
    const marker = edge.known ? 'arrow' : 'arrow-unknown';
    const stroke = edge.known ? palette.textMuted : palette.danger;
    edgeParts.push(
      `<path d="M${round(c.sx)},${round(c.sy)} C${round(c.c1x)},${round(c.c1y)} ${round(c.c2x)},${round(c.c2y)} ${round(c.tx)},${round(c.ty)}" ` +
        `fill="none" stroke="${stroke}" stroke-width="1.5" marker-end="url(#${marker})"/>`,
    );
    const label = edge.label.replace(/\s+/g, ' ').trim();
    if (label === '') continue;
    const lx = c.sx * 0.125 + c.c1x * 0.375 + c.c2x * 0.375 + c.tx * 0.125;
    const ly = c.sy * 0.125 + c.c1y * 0.375 + c.c2y * 0.375 + c.ty * 0.125;
    const text = fitText(label, 240, LABEL, measure);
    const w = measure(text, LABEL) + 8;
    const h = LABEL.size + 6;
    include(lx - w / 2, ly - h / 2);
    include(lx + w / 2, ly + h / 2);
    labelParts.push(
      `<g><rect x="${round(lx - w / 2)}" y="${round(ly - h / 2)}" width="${round(w)}" height="${h}" rx="3" fill="${palette.panel}"/>` +
        `<text x="${round(lx)}" y="${round(ly)}" text-anchor="middle" dominant-baseline="central" font-size="${LABEL.size}" fill="${edge.known ? palette.textMuted : palette.danger}">${escapeXml(text)}</text></g>`,
    );
  }

  if (!Number.isFinite(minX)) {
    minX = 0;
    minY = 0;
    maxX = 0;
    maxY = 0;
  }
  const vx = minX - padding;
  const vy = minY - padding;
  const vw = Math.max(1, maxX - minX + 2 * padding);
  const vh = Math.max(1, maxY - minY + 2 * padding);
  const width = Math.max(1, Math.round(vw * scale));
  const height = Math.max(1, Math.round(vh * scale));

  const symbols = new Map<string, string>();
  const nodeParts = scene.nodes.map((node, index) => {
    const family = palette.families[node.family];
    const radius = node.family === 'foundation' ? 18 : 8;
    const w = node.width;
    const h = node.height;
    const clip = `node-clip-${index}`;
    const inner = w - 2 * PAD_X;
    let iconUse = '';
    let kindX = PAD_X;
    if (node.icon && ICON_NAME.test(node.icon)) {
      if (!symbols.has(node.icon)) {
        const symbol = iconSymbol(node.icon, options.icon?.(node.icon));
        symbols.set(node.icon, symbol ?? '');
      }
      if (symbols.get(node.icon)) {
        iconUse = `<use href="#icon-${node.icon}" x="${PAD_X}" y="${TOP_RULE + 5}" width="${ICON_SIZE}" height="${ICON_SIZE}" color="${family}"/>`;
        kindX = PAD_X + ICON_SIZE + 6;
      }
    }
    const kind = fitText(node.kindLabel, w - kindX - PAD_X, HEADER, measure);
    const name = fitText(node.name, inner, NAME, measure);
    const stage = node.stage ? fitText(node.stage, inner / 2, BADGE, measure) : '';
    const stageWidth = stage ? measure(stage, BADGE) + 12 : 0;
    const table = fitText(node.table, inner - (stage ? stageWidth + 6 : 0), TABLE, measure);
    const headerY = TOP_RULE + 5 + ICON_SIZE / 2;
    const footerY = h - 5 - 7;
    const nameY = (headerY + 7 + footerY - 7) / 2;
    const parts = [
      `<g transform="translate(${round(node.x)},${round(node.y)})">`,
      // The whole name, where the node shows it cut short; viewers show it as a tooltip.
      `<title>${escapeXml(`${node.kindLabel}: ${node.name}`)}</title>`,
      `<clipPath id="${clip}"><rect width="${round(w)}" height="${round(h)}" rx="${radius}"/></clipPath>`,
      `<g clip-path="url(#${clip})">`,
      `<rect width="${round(w)}" height="${round(h)}" fill="${palette.panel}"/>`,
      `<rect width="${round(w)}" height="${round(h)}" rx="${radius}" fill="none" stroke="${palette.border}" stroke-width="2"/>`,
      `<rect width="${round(w)}" height="${TOP_RULE}" fill="${family}"/>`,
      `</g>`,
      iconUse,
      `<text x="${kindX}" y="${round(headerY)}" dominant-baseline="central" font-size="${HEADER.size}" fill="${palette.textMuted}">${escapeXml(kind)}</text>`,
      `<text x="${PAD_X}" y="${round(nameY)}" dominant-baseline="central" font-size="${NAME.size}" font-weight="600" fill="${palette.text}">${escapeXml(name)}</text>`,
      `<text x="${PAD_X}" y="${round(footerY)}" dominant-baseline="central" font-size="${TABLE.size}" font-family="${MONO_FAMILY}" fill="${palette.textMuted}">${escapeXml(table)}</text>`,
    ];
    if (stage) {
      const bx = w - PAD_X - stageWidth;
      parts.push(
        `<rect x="${round(bx)}" y="${round(footerY - 7)}" width="${round(stageWidth)}" height="14" rx="7" fill="${palette.panelAlt}" stroke="${palette.border}"/>`,
        `<text x="${round(bx + stageWidth / 2)}" y="${round(footerY)}" text-anchor="middle" dominant-baseline="central" font-size="${BADGE.size}" fill="${palette.textMuted}">${escapeXml(stage)}</text>`,
      );
    }
    parts.push('</g>');
    return parts.filter(Boolean).join('');
  });

  const arrow = (id: string, colour: string): string =>
    `<marker id="${id}" markerWidth="18" markerHeight="18" viewBox="-10 -10 20 20" markerUnits="userSpaceOnUse" orient="auto-start-reverse" refX="0" refY="0">` +
    `<polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${colour}" stroke="${colour}" stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>`;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${round(vx)} ${round(vy)} ${round(vw)} ${round(vh)}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<defs>${arrow('arrow', palette.textMuted)}${arrow('arrow-unknown', palette.danger)}${[...symbols.values()].join('')}</defs>`,
    `<rect x="${round(vx)}" y="${round(vy)}" width="${round(vw)}" height="${round(vh)}" fill="${palette.background}"/>`,
    // As on the canvas: links and their labels under the nodes.
    `<g class="edges">${edgeParts.join('')}</g>`,
    `<g class="edge-labels">${labelParts.join('')}</g>`,
    `<g class="nodes">${nodeParts.join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg: `${svg}\n`, width, height };
}
