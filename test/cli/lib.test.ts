import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

/**
 * `fh-check` runs the compiled JavaScript in lib/ (committed, so it works right after `npm ci`
 * without a build step). This holds lib/ to the sources: compiled afresh, every file must match.
 * After changing src/, run `npm run build:cli` and commit lib/.
 */
const ROOT = path.resolve(__dirname, '../..');

async function files(dir: string, base = dir): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))])));
  return nested.flat().sort();
}

test('lib/ is exactly the compiled command line (npm run build:cli)', async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-lib-'));
  try {
    await promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json'), '--outDir', out], { cwd: ROOT });
    const fresh = await files(out);
    expect(await files(path.join(ROOT, 'lib'))).toEqual(fresh);
    for (const f of fresh) expect(await fs.readFile(path.join(ROOT, 'lib', f), 'utf8')).toBe(await fs.readFile(path.join(out, f), 'utf8'));
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
}, 120_000);
