/** Export formats: suggested file names, and the bytes each format writes (read back with the importers). */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importAny, openNative } from '../../../../shared/exchange';
import {
  EXPORT_FORMATS,
  exportBytes,
  exportFileName,
  fileStem,
  imageFileName,
} from '../../../../renderer/src/exchange/formats';
import { serviceMap } from '../../shared/model/helpers';

describe('file names', () => {
  it('suggests <model name> plus the format extension', () => {
    expect(exportFileName('Payroll', 'ire')).toBe('Payroll.ire.json');
    expect(exportFileName('Payroll', 'importset')).toBe('Payroll.importset.zip');
    expect(exportFileName('Payroll', 'csv')).toBe('Payroll.csv.zip');
    expect(exportFileName('Payroll', 'native')).toBe('Payroll.csdm.json');
    expect(EXPORT_FORMATS.map((f) => f.format)).toEqual(['ire', 'importset', 'csv', 'native']);
  });

  it('makes any model name safe for a file system', () => {
    expect(fileStem('Payroll: EMEA / 2026')).toBe('Payroll- EMEA - 2026');
    expect(fileStem('<script>alert(1)</script>')).toBe('-script-alert(1)-script-');
    expect(fileStem('  ..hidden. ')).toBe('hidden');
    expect(fileStem('a\u0000b\tc')).toBe('a-b-c');
    expect(fileStem('   ')).toBe('model');
    expect(fileStem('CON')).toBe('CON-model');
    expect(fileStem('x'.repeat(300))).toHaveLength(120);
    expect(fileStem('Northwind Financial – Run stage')).toBe('Northwind Financial – Run stage');
  });

  it('names images after the model and the view', () => {
    expect(imageFileName('Payroll', 'Main view', 'png')).toBe('Payroll - Main view.png');
    expect(imageFileName('Payroll', 'A/B', 'svg', true)).toBe('Payroll - A-B - selection.svg');
    expect(imageFileName('', '', 'png')).toBe('model - view.png');
  });
});

describe('exportBytes', () => {
  const doc = serviceMap();
  const now = '2026-01-02T03:04:05.000Z';

  it('writes the IRE payload as JSON, with the source name asked for', () => {
    const payload = JSON.parse(
      new TextDecoder().decode(exportBytes(doc, 'ire', { sourceName: '  CMDB team ' })),
    ) as {
      items: { values: { name: string }; sys_object_source_info: { source_name: string } }[];
    };
    expect(payload.items.map((item) => item.values.name).sort()).toEqual(
      ['Email', 'Email Gold', 'Email prod', 'Exchange', 'mail01'].sort(),
    );
    expect(new Set(payload.items.map((item) => item.sys_object_source_info.source_name))).toEqual(
      new Set(['CMDB team']),
    );
    const plain = JSON.parse(new TextDecoder().decode(exportBytes(doc, 'ire'))) as typeof payload;
    expect(plain.items[0]?.sys_object_source_info.source_name).toBe('Mapwright');
  });

  it('writes the bundles as zips with the manifest first, the same bytes for the same model', () => {
    for (const format of ['importset', 'csv'] as const) {
      const bytes = exportBytes(doc, format, { now });
      expect(exportBytes(doc, format, { now })).toEqual(bytes);
      const files = Object.keys(unzipSync(bytes));
      expect(files[0]).toBe('manifest.json');
      expect(
        files.every((path) => path.endsWith(format === 'csv' ? '.csv' : '.json') || path === 'manifest.json'),
      ).toBe(true);
      const back = importAny(bytes, { fileName: exportFileName(doc.name, format) });
      if (!back.ok) throw new Error(back.error);
      expect(back.format).toBe(format);
      expect(
        Object.values(back.doc.elements)
          .map((e) => e.name)
          .sort(),
      ).toEqual(
        Object.values(doc.elements)
          .map((e) => e.name)
          .sort(),
      );
    }
  });

  it('writes the model file, which opens as the same model', () => {
    const opened = openNative(exportBytes(doc, 'native'));
    expect(opened).toEqual({ ok: true, doc });
  });
});
