/*
 * The manifest, checked offline (office-addin-manifest validate needs the network): well-formed XML,
 * every resid defined, every string in German and English, icons present at their sizes and equal to
 * what scripts/make-icons.ts draws, production build free of localhost, namespace FH, requirement
 * sets covering the Excel API the Office.js adapter calls, and button actions the commands define.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderIcons } from '../../scripts/make-icons';
import { COMMANDS } from '../../src/commands/commands';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest, DEV_URL } = require('../../webpack.config.js') as { productionManifest: (xml: string, url?: string) => string; DEV_URL: string };

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (name) => ['Override', 'Image', 'Url', 'String', 'Control', 'Set', 'Host', 'ExtensionPoint', 'Runtime'].includes(name) });
const doc = parser.parse(MANIFEST) as { OfficeApp: Node };
const app = doc.OfficeApp;

/** Every value of `key` anywhere below `node`. */
function collect(node: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) out.push(v);
      collect(v, key, out);
    }
  }
  return out;
}

const resources = (app.VersionOverrides as Node).Resources as Node;
const defined = (group: string, item: string) => ((resources[group] as Node)[item] as Node[]) ?? [];
const images = defined('Images', 'Image');
const urls = defined('Urls', 'Url');
const shortStrings = defined('ShortStrings', 'String');
const longStrings = defined('LongStrings', 'String');

describe('manifest.xml', () => {
  it('is well-formed XML for a task pane add-in in Excel', () => {
    expect(XMLValidator.validate(MANIFEST)).toBe(true);
    expect(app['@type']).toBe('TaskPaneApp');
    expect(((app.Hosts as Node).Host as Node[]).map((h) => h['@Name'])).toEqual(['Workbook']);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.DefaultLocale).toBe('de-DE');
  });

  it('defines every resid it uses, each id once', () => {
    const ids = [...images, ...urls, ...shortStrings, ...longStrings].map((r) => r['@id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    const used = collect(app, '@resid') as string[];
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) expect(ids).toContain(id);
  });

  it('has every visible string in German and English', () => {
    const overrides = (r: Node) => ((r.Override as Node[]) ?? []).map((o) => o['@Locale']);
    for (const s of [...shortStrings, ...longStrings].filter((s) => s['@id'] !== 'Functions.Namespace')) expect(overrides(s)).toContain('en-US');
    for (const key of ['DisplayName', 'Description']) expect(overrides(app[key] as Node)).toContain('en-US');
  });

  it('puts its buttons on a custom tab "Frühe Hilfen", each running a command the runtime defines', () => {
    const tab = collect(app, 'CustomTab')[0] as Node;
    const label = shortStrings.find((s) => s['@id'] === (tab.Label as Node)['@resid']);
    expect(label?.['@DefaultValue']).toBe('Frühe Hilfen');
    const actions = collect(tab, 'FunctionName') as string[];
    expect(actions.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('shares one runtime between pane, commands and the FH functions, with German function metadata', () => {
    const taskpane = urls.find((u) => u['@id'] === 'Taskpane.Url')?.['@DefaultValue'];
    expect(taskpane).toBe(`${DEV_URL}taskpane.html`);
    expect(collect(app, 'Runtime')[0]).toEqual([{ '@resid': 'Taskpane.Url', '@lifetime': 'long' }]);
    expect((collect(app, 'FunctionFile')[0] as Node)['@resid']).toBe('Taskpane.Url');
    const customFunctions = (collect(app, 'ExtensionPoint').flat() as Node[]).find((e) => e['@type'] === 'CustomFunctions') as Node;
    expect(((customFunctions.Page as Node).SourceLocation as Node)['@resid']).toBe('Taskpane.Url');
    const namespace = shortStrings.find((s) => s['@id'] === (customFunctions.Namespace as Node)['@resid']);
    expect(namespace?.['@DefaultValue']).toBe('FH');
    const metadata = urls.find((u) => u['@id'] === ((customFunctions.Metadata as Node).SourceLocation as Node)['@resid']) as Node;
    expect(metadata['@DefaultValue']).toBe(`${DEV_URL}functions.json`);
    // German function names for every German-speaking Excel, not only Germany's.
    expect(metadata.Override).toEqual(['de-DE', 'de-AT', 'de-CH'].map((locale) => ({ '@Locale': locale, '@Value': `${DEV_URL}functions.de.json` })));
    expect(fs.existsSync(path.join(ROOT, 'src/functions/functions.de.json'))).toBe(true);
  });

  it('references icons that exist at the size they claim and match the icon script', () => {
    const drawn = renderIcons();
    const files = [...images.map((i) => i['@DefaultValue'] as string), (app.IconUrl as Node)['@DefaultValue'] as string, (app.HighResolutionIconUrl as Node)['@DefaultValue'] as string];
    for (const url of files) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const name = url.slice(`${DEV_URL}assets/`.length);
      const png = fs.readFileSync(path.join(ROOT, 'assets', name));
      const size = Number(/-(\d+)\.png$/.exec(name)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(png.equals(drawn.get(name) as Buffer)).toBe(true);
    }
    for (const image of images) {
      const size = /-(\d+)\.png$/.exec(image['@DefaultValue'] as string)?.[1];
      expect(image['@id']).toMatch(new RegExp(`\\.${size}$`));
    }
  });

  it('declares the requirement sets the code needs', () => {
    const sets = Object.fromEntries(((app.Requirements as Node).Sets as Node).Set instanceof Array ? (((app.Requirements as Node).Sets as Node).Set as Node[]).map((s) => [s['@Name'], s['@MinVersion']]) : []);
    expect(sets.SharedRuntime).toBe('1.1');
    const functionsMeta = fs.readFileSync(path.join(ROOT, 'src/functions/functions.de.json'), 'utf8');
    // requiresParameterAddresses needs CustomFunctionsRuntime 1.3.
    if (functionsMeta.includes('requiresParameterAddresses')) expect(Number(sets.CustomFunctionsRuntime)).toBeGreaterThanOrEqual(1.3);
    // Declared exactly what the adapter needs: no newer set (fewer Excel versions) than it uses.
    expect(minorOf(sets.ExcelApi as string)).toBe(highestExcelApiUsed('src/workbook/office.ts'));
  });

  it('uses sets above the manifest only in modules that ask the host first', () => {
    for (const file of ['src/workbook/officeLayout.ts', 'src/workbook/officePrint.ts']) {
      expect(highestExcelApiUsed(file)).toBe(9);
      expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toContain("isSetSupported('ExcelApi', '1.9')");
    }
  });

  it('builds a production manifest with no localhost left and HTTPS everywhere', () => {
    const prod = productionManifest(MANIFEST, 'https://addin.example.org/fh/');
    expect(XMLValidator.validate(prod)).toBe(true);
    expect(prod).not.toMatch(/localhost/i);
    expect(MANIFEST.split(DEV_URL).length - 1).toBeGreaterThan(20);
    expect(prod.split('https://addin.example.org/fh/').length - 1).toBe(MANIFEST.split(DEV_URL).length - 1);
    const all = [...prod.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]);
    for (const url of all) expect(url.startsWith('https://')).toBe(true);
  });
});

function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}

/**
 * The highest ExcelApi set among the members an Office.js module calls, from @types/office-js:
 * for each member name, the lowest set that defines it anywhere in the Excel namespace.
 */
function highestExcelApiUsed(file: string): number {
  const types = fs.readFileSync(path.join(ROOT, 'node_modules/@types/office-js/index.d.ts'), 'utf8');
  const excel = types.slice(types.indexOf('declare namespace Excel {'), types.indexOf('declare namespace Word {'));
  const lowest = new Map<string, number>();
  for (const m of excel.matchAll(/\[Api set: ExcelApi 1\.(\d+)[^\]]*\]\s*(?:\*[^\n]*\n\s*)*\*\/\s*\n\s*(?:readonly )?(\w+)\??[(:<]/g)) {
    const [minor, name] = [Number(m[1]), m[2]];
    lowest.set(name, Math.min(lowest.get(name) ?? Infinity, minor));
  }
  const code = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const used = new Set([...code.matchAll(/\.(\w+)\b/g)].map((m) => m[1]));
  let highest = 1;
  for (const name of used) if (lowest.has(name)) highest = Math.max(highest, lowest.get(name) as number);
  expect(lowest.get('getRangeByIndexes')).toBe(7);
  return highest;
}
