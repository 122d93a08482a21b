import { describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { parseModelDocument } from '../../../shared/model/documentSchema';
import { exportModelToFile, modelFileName } from '../../../renderer/src/persistence/exportModel';
import type { Platform } from '../../../renderer/src/platform/Platform';
import { serviceMap } from './helpers';

describe('export to a file (when storage fails)', () => {
  it('writes the native file, which reads back as the same model', async () => {
    const doc = serviceMap();
    const saveFile = vi.fn<Platform['saveFile']>().mockResolvedValue({ name: 'Payroll.csdm.json' });
    await exportModelToFile({ saveFile } as unknown as Platform, doc);
    const text = new TextDecoder().decode(saveFile.mock.calls[0]![0].bytes);
    const file = JSON.parse(text) as { format: string; version: number; model: unknown };
    expect(file.format).toBe('mapwright-model');
    expect(file.version).toBe(1);
    expect(parseModelDocument(file.model, CATALOGUE)).toEqual({ ok: true, doc });
  });

  it('names the file after the model, safely', () => {
    expect(modelFileName('Payroll: EMEA / 2026')).toBe('Payroll- EMEA - 2026.csdm.json');
    expect(modelFileName('  ')).toBe('model.csdm.json');
  });

  it('goes through the platform save dialog', async () => {
    const saveFile = vi.fn<Platform['saveFile']>().mockResolvedValue({ name: 'Payroll.csdm.json' });
    const platform = { saveFile } as unknown as Platform;
    await expect(exportModelToFile(platform, serviceMap())).resolves.toEqual({ name: 'Payroll.csdm.json' });
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({
        suggestedName: 'Payroll.csdm.json',
        filters: [{ name: 'Mapwright model', extensions: ['csdm.json'] }],
      }),
    );
  });
});
