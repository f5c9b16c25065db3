/**
 * Checks that the candidates return the same values: runs each in this process on the given
 * files and prints every difference from the reference reader (default: the floor), grouped by
 * kind ("error → empty") with a few examples each.
 *
 *   node build/bench/bench/readers/compare.js [--reference NAME] [file.xlsx ...]
 *
 * Without files it generates network-example-size, network-100k and control-chars into a
 * temporary folder and adds examples/netzwerk-beispiel.xlsx (written by exceljs, other part order).
 */
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { makeFixtures } from '../../test/fixtures/hostile/makeFixtures';
import { CANDIDATE_NAMES, CANDIDATES, CandidateName, isCandidateName } from './candidates';
import { byName, cellsOf, digest, printable, showValue } from './cells';
import { Value, ValueGrid } from './types';

const EXAMPLES_PER_KIND = 3;

interface CellDiff {
  where: string;
  expected: Value;
  got: Value;
}

/** Differences between two readers' grids, sheet by sheet, in reading order. */
export function diffWorkbooks(expected: ValueGrid[], got: ValueGrid[]): { sheetProblems: string[]; cells: Map<string, CellDiff[]> } {
  const sheetProblems: string[] = [];
  const cells = new Map<string, CellDiff[]>();
  const gotByName = new Map(got.map((g) => [g.name, g]));
  for (const e of byName(expected)) {
    const g = gotByName.get(e.name);
    if (!g) {
      sheetProblems.push(`sheet ${JSON.stringify(e.name)} missing`);
      continue;
    }
    gotByName.delete(e.name);
    const diffs = diffCells(e, g);
    if (diffs.length) cells.set(e.name, diffs);
  }
  for (const name of gotByName.keys()) sheetProblems.push(`extra sheet ${JSON.stringify(name)}`);
  return { sheetProblems, cells };
}

/** Merge-joins both cell lists, which cellsOf yields in (row, column) order. */
function diffCells(expected: ValueGrid, got: ValueGrid): CellDiff[] {
  const diffs: CellDiff[] = [];
  const a = cellsOf(expected);
  const b = cellsOf(got);
  let x = a.next();
  let y = b.next();
  while (!x.done || !y.done) {
    const order = x.done ? 1 : y.done ? -1 : x.value.row - y.value.row || x.value.column - y.value.column;
    if (order === 0 && !x.done && !y.done) {
      if (showValue(x.value.value) !== showValue(y.value.value)) diffs.push({ where: address(x.value.row, x.value.column), expected: x.value.value, got: y.value.value });
      x = a.next();
      y = b.next();
    } else if (order < 0 && !x.done) {
      diffs.push({ where: address(x.value.row, x.value.column), expected: x.value.value, got: null });
      x = a.next();
    } else if (!y.done) {
      diffs.push({ where: address(y.value.row, y.value.column), expected: null, got: y.value.value });
      y = b.next();
    }
  }
  return diffs;
}

/** Differences grouped as "reference type → candidate type", each with its examples. */
function byKind(cells: Map<string, CellDiff[]>): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const [sheet, diffs] of cells) {
    for (const d of diffs) {
      const kind = `${typeOf(d.expected)} → ${typeOf(d.got)}`;
      const list = kinds.get(kind) ?? [];
      list.push(`${printable(sheet)}!${d.where} ${showValue(d.expected)} vs ${showValue(d.got)}`);
      kinds.set(kind, list);
    }
  }
  return kinds;
}

const typeOf = (v: Value): string => (v === null ? 'empty' : typeof v === 'object' ? 'error' : typeof v === 'boolean' ? 'bool' : typeof v === 'string' ? 'text' : 'number');

function address(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

async function readWith(name: CandidateName, file: string): Promise<ValueGrid[] | Error> {
  try {
    return await (await CANDIDATES[name].load())(file);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

async function defaultFiles(): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-compare-'));
  const made = await makeFixtures(dir, ['network-example-size', 'network-100k', 'control-chars']);
  const example = path.resolve(__dirname, '../../../../examples/netzwerk-beispiel.xlsx');
  const fromSource = path.resolve(__dirname, '../../examples/netzwerk-beispiel.xlsx');
  return [...Object.values(made), ...[example, fromSource].filter(existsSync).slice(0, 1)];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let reference: CandidateName = 'floor';
  const r = args.indexOf('--reference');
  if (r >= 0) {
    const name = args.splice(r, 2)[1] ?? '';
    if (!isCandidateName(name)) throw new Error(`unknown reader ${name}; known: ${CANDIDATE_NAMES.join(', ')}`);
    reference = name;
  }
  const files = args.length ? args : await defaultFiles();
  let unexplained = 0;
  for (const file of files) {
    console.log(`\n== ${path.basename(file)} — reference: ${CANDIDATES[reference].label}`);
    const expected = await readWith(reference, file);
    if (expected instanceof Error) {
      console.log(`  reference failed: ${expected.message}`);
      continue;
    }
    const refDigest = digest(expected);
    console.log(`  ${refDigest.sheets} sheets, ${refDigest.cells} cells, tables: ${printable(refDigest.tables?.join('; ') ?? '') || 'none'}`);
    for (const name of CANDIDATE_NAMES) {
      if (name === reference) continue;
      const got = await readWith(name, file);
      const label = CANDIDATES[name].label;
      if (got instanceof Error) {
        console.log(`  ${label}: FAILED ${got.message}`);
        unexplained++;
        continue;
      }
      const { sheetProblems, cells } = diffWorkbooks(expected, got);
      const cellCount = [...cells.values()].reduce((n, d) => n + d.length, 0);
      const tables = digest(got).tables;
      const tableNote =
        tables === null ? 'tables not read' : tables.join('\n') === (refDigest.tables ?? []).join('\n') ? 'tables same' : `tables DIFFER: ${printable(tables.join('; ')) || 'none'}`;
      const verdict = sheetProblems.length === 0 && cellCount === 0 ? 'same values' : `${cellCount} cells differ`;
      console.log(`  ${label}: ${verdict}; ${tableNote}`);
      for (const p of sheetProblems) console.log(`      ${printable(p)}`);
      for (const [kind, examples] of byKind(cells)) {
        console.log(`      ${kind} ×${examples.length}, e.g. ${examples.slice(0, EXAMPLES_PER_KIND).join('; ')}`);
      }
      if (sheetProblems.length || cellCount) unexplained++;
    }
  }
  console.log(`\n${unexplained} reader/file pairs differ from the reference.`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
