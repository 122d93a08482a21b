/**
 * "Export image…": the current view or the selection as SVG (svgImage.ts) or
 * PNG (that SVG drawn on a canvas from a Blob URL; the CSP allows blob:
 * images). No DOM cloning, no remote fonts: the picture is built from the
 * model, in the theme's colours or the light ones for slides.
 */
import type { Id, ModelDocument } from '@shared/model/types';
import {
  buildSvg,
  DARK_PALETTE,
  FONT_FAMILY,
  LIGHT_PALETTE,
  MONO_FAMILY,
  sceneOf,
  type MeasureText,
  type SvgImage,
  type SvgPalette,
} from './svgImage';

const ICONS = import.meta.glob<string>('../../../assets/icons/*.svg', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const iconsByName = new Map(
  Object.entries(ICONS).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), text]),
);

export function iconText(name: string): string | undefined {
  return iconsByName.get(name) ?? iconsByName.get('generic-ci');
}

/**
 * The colours of the theme on screen, read from the CSS variables so the
 * image matches the canvas; `light` forces the light theme on white.
 */
export function paletteFor(light: boolean, root: HTMLElement = document.documentElement): SvgPalette {
  if (light) return LIGHT_PALETTE;
  const base = root.dataset['theme'] === 'dark' ? DARK_PALETTE : { ...LIGHT_PALETTE, background: '#fbfbfc' };
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string): string => {
    const value = style.getPropertyValue(name).trim();
    // Only plain colour values go into the image's attributes.
    return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%/]+\))$/i.test(value) ? value : fallback;
  };
  return {
    background: read('--canvas', base.background),
    panel: read('--panel', base.panel),
    panelAlt: read('--panel-alt', base.panelAlt),
    border: read('--border', base.border),
    text: read('--text', base.text),
    textMuted: read('--text-muted', base.textMuted),
    danger: read('--danger', base.danger),
    families: base.families,
  };
}

/** Text widths from a 2D canvas with the fonts the image uses. */
export function canvasMeasure(): MeasureText | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  const cache = new Map<string, number>();
  return (text, { size, weight, mono }) => {
    const font = `${weight} ${size}px ${mono ? MONO_FAMILY : FONT_FAMILY}`;
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

export type ImageType = 'png' | 'svg';

export interface ImageRequest {
  doc: ModelDocument;
  viewId: Id;
  /** Only these elements (the selection) and the links among them. */
  only?: ReadonlySet<Id>;
  scale: number;
  light: boolean;
}

/** Chromium's canvas limits: a side of 32,767 pixels, an area of 268 million. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_000_000;

/** The largest scale up to `wanted` whose canvas a browser can hold. */
export function fittingScale(width: number, height: number, wanted: number): number {
  const bySide = Math.min(MAX_SIDE / width, MAX_SIDE / height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.min(wanted, bySide, byArea);
}

export function renderSvg(request: ImageRequest, scale = request.scale): SvgImage {
  const view = request.doc.views[request.viewId];
  const scene = sceneOf(request.doc, request.viewId, {
    ...(request.only ? { only: request.only } : {}),
    title: `${request.doc.name} — ${view?.name ?? ''}`,
  });
  const measure = canvasMeasure();
  return buildSvg(scene, {
    palette: paletteFor(request.light),
    scale,
    icon: iconText,
    ...(measure ? { measure } : {}),
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = url;
  });
}

/** The SVG drawn onto a canvas of its pixel size, as PNG bytes. */
export async function svgToPng(image: SvgImage): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const picture = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this window cannot draw pictures');
    context.drawImage(picture, 0, 0, image.width, image.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the picture is too large (${image.width} × ${image.height} pixels)`);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface RenderedImage {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** The scale used: lower than asked when the picture would not fit a canvas. */
  scale: number;
}

/** The picture as it will be written: an SVG at the scale asked for, a PNG at the largest that fits a canvas. */
export function planImage(request: ImageRequest, type: ImageType): { image: SvgImage; scale: number } {
  if (type === 'svg') return { image: renderSvg(request), scale: request.scale };
  const probe = renderSvg(request, 1);
  const scale = fittingScale(probe.width, probe.height, request.scale);
  return { image: scale === 1 ? probe : renderSvg(request, scale), scale };
}

export async function renderImage(request: ImageRequest, type: ImageType): Promise<RenderedImage> {
  const { image, scale } = planImage(request, type);
  const bytes = type === 'svg' ? new TextEncoder().encode(image.svg) : await svgToPng(image);
  return { bytes, width: image.width, height: image.height, scale };
}
