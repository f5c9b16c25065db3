import './customFunctionsDouble';
import { promises as fs } from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functions from '../../src/functions/functions';
import { helpUrl } from '../../src/functions/helpUrl';
import { NEED_DEFAULTS } from '../../src/core/need/defaults';

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  options?: Record<string, boolean>;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

const ROOT = path.join(__dirname, '..', '..');
const SOURCE = path.join(ROOT, 'src', 'functions', 'functions.ts');

/** English id → German name, as the issue names them. */
const GERMAN_NAMES: Record<string, string> = {
  COVERAGE: 'ABDECKUNG',
  MISSING: 'FEHLEND',
  SECTOR: 'BEREICH',
  ACTORTYPE: 'AKTEURSTYP',
  NEED: 'BEDARF',
  NEEDMODEL: 'BEDARFSMODELL',
  GAP: 'LUECKE',
  NEEDCOVERED: 'DECKUNGSGRAD',
  SCORE: 'ERFUELLUNG',
  CRITERION: 'KRITERIUM',
};

/** Parameters as Excel must see them: m = matrix (a range), ? = optional. */
const SIGNATURES: Record<string, string[]> = {
  COVERAGE: ['network m', 'sozialraum ?', 'required m?'],
  MISSING: ['network m', 'sozialraum ?', 'required m?'],
  SECTOR: ['label m', 'form ?'],
  ACTORTYPE: ['label m', 'form ?'],
  NEED: ['children_0_3', 'burden_share ?', 'cost_per_family ?'],
  NEEDMODEL: ['births', 'estimate ?', 'settings m?', 'scope ?'],
  GAP: ['budget', 'need'],
  NEEDCOVERED: ['budget', 'need'],
  SCORE: ['statuses m'],
  CRITERION: ['id', 'field ?'],
};
const MATRIX_RESULTS = ['COVERAGE', 'MISSING', 'SECTOR', 'ACTORTYPE'];

const signature = (p: ParameterMetadata) => `${p.name}${p.dimensionality === 'matrix' || p.optional ? ' ' : ''}${p.dimensionality === 'matrix' ? 'm' : ''}${p.optional ? '?' : ''}`;
/** What must agree between the English and the German file: everything but names and descriptions. */
const shape = (f: FunctionMetadata) => ({
  id: f.id,
  options: f.options ?? {},
  result: f.result,
  parameters: f.parameters.map(({ name, type, dimensionality, optional }) => ({ name, type, dimensionality, optional })),
});

let english: Metadata;
let associations: { functionName: string; id: string }[];
let german: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as Metadata;
  associations = generated.associate;
  german = JSON.parse(await fs.readFile(path.join(ROOT, 'src', 'functions', 'functions.de.json'), 'utf8')) as Metadata;
});

describe('functions.json generated from the JSDoc', () => {
  test('ids are upper case, names equal the ids, and the set is the one the issue asks for', () => {
    expect(english.functions.map((f) => f.id)).toEqual(Object.keys(GERMAN_NAMES));
    for (const f of english.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name).toBe(f.id);
      expect(f.description?.length).toBeGreaterThan(20);
    }
  });

  test('ranges are matrix parameters, optional parameters are marked, list results are matrices', () => {
    for (const f of english.functions) {
      expect(f.parameters.map(signature)).toEqual(SIGNATURES[f.id]);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
      expect(f.result.dimensionality === 'matrix').toBe(MATRIX_RESULTS.includes(f.id));
    }
  });

  test('a function that asks for its arguments’ addresses returns a matrix, as Microsoft documents for requiresParameterAddresses', () => {
    for (const f of [...english.functions, ...german.functions]) {
      if (f.options?.requiresParameterAddresses) expect(f.result.dimensionality).toBe('matrix');
    }
  });

  test('every function is synchronous: no streaming, cancelable or volatile option', () => {
    for (const f of english.functions) {
      const options = Object.keys(f.options ?? {});
      expect(options.filter((o) => o !== 'requiresParameterAddresses')).toEqual([]);
    }
  });

  test('each help link points to the function’s anchor in the README', () => {
    for (const f of english.functions) expect(f.helpUrl).toBe(helpUrl(f.id));
  });

  test('the plugin associates each id with an exported function that answers at once, not with a promise', () => {
    const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(associations.map((a) => a.id)).toEqual(english.functions.map((f) => f.id));
    for (const { functionName } of associations) {
      expect(typeof exported[functionName]).toBe('function');
      const result = exported[functionName]([['Kita']], null, null);
      expect(result).not.toBeInstanceOf(Promise);
    }
  });

  test('the documented need defaults are the engine’s', () => {
    const needEn = english.functions.find((f) => f.id === 'NEED')!;
    const needDe = german.functions.find((f) => f.id === 'NEED')!;
    const share = `${NEED_DEFAULTS.burdenShare.value * 100} %`;
    expect(needEn.parameters[1].description).toContain(`default ${share}`);
    expect(needDe.parameters[1].description).toContain(`Standard ${share}`);
    expect(needEn.parameters[2].description).toContain(`default ${NEED_DEFAULTS.costPerFamily.value.toLocaleString('en-GB')}`);
    expect(needDe.parameters[2].description).toContain(`Standard ${NEED_DEFAULTS.costPerFamily.value.toLocaleString('de-DE')}`);
  });
});

describe('functions.de.json, the German metadata', () => {
  test('has exactly the ids, parameters, options and results of the generated English metadata', () => {
    expect(german.allowCustomDataForDataTypeAny).toBe(english.allowCustomDataForDataTypeAny);
    expect(german.functions.map(shape)).toEqual(english.functions.map(shape));
  });

  test('gives the German names and German descriptions', () => {
    for (const f of german.functions) {
      expect(f.name).toBe(GERMAN_NAMES[f.id]);
      // Excel's rule for names: start with a letter, at least three characters, letters, digits, _ and .
      expect(f.name).toMatch(/^\p{L}[\p{L}\d_.]{2,}$/u);
      const en = english.functions.find((e) => e.id === f.id)!;
      expect(f.description).not.toBe(en.description);
      expect(f.description?.length).toBeGreaterThan(20);
      f.parameters.forEach((p, i) => {
        expect(p.description?.length).toBeGreaterThan(5);
        expect(p.description).not.toBe(en.parameters[i].description);
      });
      expect(f.helpUrl).toBe(helpUrl(f.id));
    }
  });

  test('no German name repeats an English one', () => {
    const englishNames = new Set(english.functions.map((f) => f.name));
    for (const f of german.functions) expect(englishNames.has(f.name)).toBe(false);
  });
});

describe('README.md', () => {
  test('has the anchor each help link points to and names both spellings', async () => {
    const doc = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8');
    for (const f of english.functions) {
      expect(doc).toContain(`<a id="${helpUrl(f.id).split('#')[1]}"></a>`);
      expect(doc).toContain(`FH.${f.id}`);
      expect(doc).toContain(`FH.${GERMAN_NAMES[f.id]}`);
    }
  });
});
