import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

/**
 * The engine's floors: a room imports from its own floor and the ones below, never upwards, and
 * nothing outside src/core (no Office.js, DOM, fs or a surface). Data flows one way.
 */
const CORE = path.join(__dirname, '../../src/core');
const FLOORS = ['.', 'taxonomy', 'criteria', 'findings', 'reader', 'need', 'audit', 'history'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function floorOf(file: string): number {
  const room = path.relative(CORE, file).split(path.sep);
  return FLOORS.indexOf(room.length === 1 ? '.' : room[0]);
}

const IMPORT = /^import[^'"]*from\s+'([^']+)'/gm;

describe('src/core', () => {
  const all = files(CORE);
  test.each(all.map((f) => [path.relative(CORE, f), f]))('%s imports only from its floor or below, inside core', (_, file) => {
    const floor = floorOf(file);
    expect(floor).toBeGreaterThanOrEqual(0);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      expect(spec.startsWith('.')).toBe(true);
      const target = path.resolve(path.dirname(file), spec);
      expect(path.relative(CORE, target).startsWith('..')).toBe(false);
      expect(floorOf(`${target}.ts`)).toBeLessThanOrEqual(floor);
    }
  });
});
