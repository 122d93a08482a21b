/** The image of a view as SVG: what it draws, and that model text never becomes markup. */
import { describe, expect, it } from 'vitest';
import {
  buildSvg,
  DARK_PALETTE,
  escapeXml,
  estimateWidth,
  fitText,
  LIGHT_PALETTE,
  sceneOf,
  type SvgScene,
} from '../../../../renderer/src/exchange/svgImage';
import { modelWith, serviceMap } from '../../shared/model/helpers';

const VIEW = 'view-1';

const texts = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
const tags = (svg: string): string[] =>
  [...new Set([...svg.matchAll(/<([a-zA-Z]+)[\s>/]/g)].map((m) => m[1] ?? ''))].sort();

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml(`<script>alert("1")</script> & 'x'`)).toBe(
      '&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;',
    );
  });

  it('replaces characters XML cannot hold, keeping tabs, newlines and emoji', () => {
    expect(escapeXml('a\u0000b\u001bc\ufffe')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(escapeXml('\ud800x\udc00')).toBe('\ufffdx\ufffd');
    expect(escapeXml('tab\tline\n🙂')).toBe('tab\tline\n🙂');
  });
});

describe('fitText', () => {
  it('keeps text that fits and cuts the rest with an ellipsis', () => {
    const font = { size: 10, weight: 400, mono: true };
    expect(fitText('short', 100, font, estimateWidth)).toBe('short');
    const cut = fitText('a name far too long for the box', 60, font, estimateWidth);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateWidth(cut, font)).toBeLessThanOrEqual(60);
    expect(fitText('xyz', 1, font, estimateWidth)).toBe('');
  });
});

describe('sceneOf', () => {
  it('takes the placed elements of the view and the links between them', () => {
    const scene = sceneOf(serviceMap(), VIEW);
    expect(scene.nodes.map((n) => n.name).sort()).toEqual(
      ['Alice', 'Email', 'Email Gold', 'Email prod', 'Exchange', 'Mail ops', 'mail01'].sort(),
    );
    const server = scene.nodes.find((n) => n.name === 'mail01');
    expect(server).toMatchObject({
      kindLabel: 'Server',
      table: 'cmdb_ci_linux_server',
      family: 'infrastructure',
      icon: 'server',
    });
    expect(scene.edges.map((e) => [e.label, e.known]).sort()).toEqual([
      ['Depends on', true],
      ['Depends on', true],
      ['offered as', true],
    ]);
  });

  it('keeps to the selection, and draws no link with an end outside it', () => {
    const scene = sceneOf(serviceMap(), VIEW, { only: new Set(['bo', 'si', 'alice']) });
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['alice', 'bo', 'si']);
    expect(scene.edges.map((e) => e.id)).toEqual(['l2']);
  });

  it('shows a link type the catalogue does not know as stored, marked unknown', () => {
    const doc = serviceMap();
    const odd = {
      ...doc,
      links: { ...doc.links, l9: { id: 'l9', type: 'Feeds::Fed by', from: 'si', to: 'srv' } },
    };
    expect(sceneOf(odd, VIEW).edges.find((e) => e.id === 'l9')).toMatchObject({
      label: 'Feeds::Fed by',
      known: false,
    });
  });
});

describe('buildSvg', () => {
  const hostile = modelWith([
    { id: 'a', kind: 'business_service', name: '<script>alert(1)</script>' },
    { id: 'b', kind: 'business_offering', name: '<b>x</b> & "quotes"' },
  ]);

  it('writes names with markup as text, never as elements', () => {
    const { svg } = buildSvg(sceneOf(hostile, VIEW, { title: '<i>Model</i> — view' }), {
      palette: LIGHT_PALETTE,
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;quotes&quot;');
    expect(svg).toContain('<title>&lt;i&gt;Model&lt;/i&gt; — view</title>');
    expect(svg).toContain('<title>Business service: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    const drawing = [
      'clipPath',
      'defs',
      'g',
      'marker',
      'path',
      'polyline',
      'rect',
      'svg',
      'symbol',
      'text',
      'title',
      'use',
    ];
    expect(tags(svg).filter((tag) => !drawing.includes(tag))).toEqual([]);
  });

  it('draws each node with its kind, name and table, and each link as a curve with an arrow and a label', () => {
    const { svg } = buildSvg(sceneOf(serviceMap(), VIEW), { palette: LIGHT_PALETTE });
    const shown = texts(svg);
    expect(shown).toEqual(
      expect.arrayContaining(['Business service', 'Email', 'cmdb_ci_service_business', 'Server', 'mail01']),
    );
    expect(shown.filter((t) => t === 'Depends on')).toHaveLength(2);
    expect(shown).toContain('offered as');
    expect(svg.match(/<path d="M[^"]* C[^"]*" fill="none"[^>]*marker-end="url\(#arrow\)"/g)).toHaveLength(3);
  });

  it('sizes the picture to the drawing and the scale, keeping the drawing vector', () => {
    const scene: SvgScene = {
      title: 't',
      nodes: [
        {
          id: 'a',
          x: 100,
          y: 50,
          width: 200,
          height: 72,
          family: 'delivery',
          kindLabel: 'K',
          name: 'A',
          table: 't',
        },
        {
          id: 'b',
          x: 400,
          y: 300,
          width: 200,
          height: 72,
          family: 'foundation',
          kindLabel: 'K',
          name: 'B',
          table: 't',
        },
      ],
      edges: [],
    };
    const one = buildSvg(scene, { palette: LIGHT_PALETTE, padding: 20 });
    expect([one.width, one.height]).toEqual([540, 362]);
    expect(one.svg).toContain('viewBox="80 30 540 362"');
    const three = buildSvg(scene, { palette: LIGHT_PALETTE, padding: 20, scale: 3 });
    expect([three.width, three.height]).toEqual([1620, 1086]);
    expect(three.svg).toContain('viewBox="80 30 540 362"');
    // Foundation records are drawn rounder, as on the canvas.
    expect(one.svg).toContain('rx="18"');
  });

  it('uses the palette it is given: the light one on white, the dark one on the dark canvas', () => {
    const scene = sceneOf(serviceMap(), VIEW);
    const light = buildSvg(scene, { palette: LIGHT_PALETTE }).svg;
    const dark = buildSvg(scene, { palette: DARK_PALETTE }).svg;
    expect(light).toMatch(/<rect x="[^"]*" y="[^"]*" width="[^"]*" height="[^"]*" fill="#ffffff"\/>/);
    expect(dark).toContain(`fill="${DARK_PALETTE.background}"`);
    expect(dark).not.toContain('fill="#ffffff"');
  });

  it('takes icons as symbols, and refuses icon text that could run or fetch anything', () => {
    const scene = sceneOf(serviceMap(), VIEW, { only: new Set(['bs', 'srv']) });
    const icon = (name: string) =>
      name === 'server'
        ? '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" viewBox="0 0 24 24"><rect/></svg>'
        : '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" stroke-width="2"><path d="M1 1h2"/></svg>';
    const { svg } = buildSvg(scene, { palette: LIGHT_PALETTE, icon });
    expect(svg).toContain('<symbol id="icon-business-service" viewBox="0 0 24 24"');
    expect(svg).toContain('<use href="#icon-business-service"');
    expect(svg).not.toContain('icon-server');
    expect(svg).not.toContain('onload');
  });

  it('draws an empty view as an empty picture', () => {
    const image = buildSvg({ title: 'empty', nodes: [], edges: [] }, { palette: LIGHT_PALETTE });
    expect(image.width).toBeGreaterThan(0);
    expect(image.svg).toContain('<g class="nodes"></g>');
  });
});
