import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { SETTING_KEYS } from '../../src/workbook/port';
import { rawXlsx } from '../fixtures/rawXlsx';

/** What the planner taught in the pane is stored in the workbook; fh-check reads it from the file, not only the cells. */
describe('fh-check and the types a planner taught', () => {
  const text = (t: string) => ({ text: t });
  const rows = [
    { row: 0, cells: [text('Einrichtung'), text('Sozialraum')] },
    { row: 1, cells: [text('Jugendamt Musterkreis'), text('kreisweit')] },
    { row: 2, cells: [text('Bethesda'), text('Nord')] },
    { row: 3, cells: [text('Kita Regenbogen'), text('Nord')] },
  ];
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-taught-'));
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  async function audit(settings: Record<string, string> | null) {
    const file = path.join(dir, `${settings ? 'taught' : 'plain'}.xlsx`);
    await fs.writeFile(file, rawXlsx({ sheets: [{ name: 'Netzwerk', rows }], ...(settings ? { webExtension: { settings } } : {}) }));
    const out: string[] = [];
    const code = await main(['audit', file, '--json'], { out: (t) => void out.push(t), err: () => undefined });
    return { code, json: JSON.parse(out.join('')) as { unclassified: { name: string }[]; missingActorTypes: { id: string }[]; findings: { code: string; values: unknown }[] } };
  }

  test('"Bethesda" taught as Geburtsklinik closes that gap, and the audit says whose type was taught', async () => {
    const plain = await audit(null);
    expect(plain.json.unclassified.map((u) => u.name)).toEqual(['Bethesda']);
    expect(plain.json.missingActorTypes.map((m) => m.id)).toContain('geburtsklinik');
    const taught = await audit({ [SETTING_KEYS.taughtTypes]: JSON.stringify([{ label: 'Bethesda', actorType: 'geburtsklinik' }]) });
    expect(taught.json.unclassified).toEqual([]);
    expect(taught.json.missingActorTypes.map((m) => m.id)).not.toContain('geburtsklinik');
    expect(taught.json.findings.find((f) => f.code === 'types-taught')?.values).toEqual({ count: 1, examples: ['Bethesda'] });
  });
});
