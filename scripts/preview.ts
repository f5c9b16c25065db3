/*
 * Browser preview: the real task pane against an in-memory workbook read from an .xlsx file, with
 * no Excel at all. Builds the pane itself (works right after `npm ci`), then serves on localhost:
 *
 *   /taskpane.html   the built pane with the workbook snapshot (sheets as the CLI's reader reads
 *                    them) embedded as JSON; office.js comes from node_modules, not Microsoft's CDN
 *
 *   npm run preview [-- datei.xlsx] [--port 3001] [--lang en]
 */
import { existsSync, promises as fs } from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { readXlsxFile } from '../src/workbook/xlsx/readXlsx';
import { PREVIEW_ELEMENT_ID, WorkbookSnapshot } from '../src/workbook/port';

/** The project folder, also when this file runs compiled from build/ (the bench). */
export const ROOT = projectRoot(__dirname);

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'webpack.config.js'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..');
  }
}
export const PREVIEW_DIR = path.join(ROOT, 'build', 'preview');
export const EXAMPLE_FILE = path.join(ROOT, 'examples', 'netzwerk-beispiel.xlsx');
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** Host headers the preview answers to, with its port. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Everything from this origin only: no font, script or request leaves localhost. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Builds the pane for the preview unless a build newer than every source file exists. */
export async function buildPreview(options: { force?: boolean; quiet?: boolean } = {}): Promise<string> {
  const built = path.join(PREVIEW_DIR, 'taskpane.js');
  if (!options.force && (await newestSource()) < (await mtime(built))) return PREVIEW_DIR;
  if (!options.quiet) console.log('Baue den Aufgabenbereich für die Vorschau … / Building the task pane for the preview …');
  await runWebpack({ preview: true, outDir: PREVIEW_DIR });
  return PREVIEW_DIR;
}

/** Runs the project's webpack config (production mode) with the given env; the add-in build when env is {}. */
export async function runWebpack(env: Record<string, unknown>): Promise<void> {
  // Loaded only when a build is needed; the config is the same one `npm run build` uses.
  const { default: webpack } = await import('webpack');
  const configure = (await import(path.join(ROOT, 'webpack.config.js'))).default as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<import('webpack').Configuration>;
  const config = await configure(env, { mode: 'production' });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

async function mtime(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

async function newestSource(): Promise<number> {
  let newest = await mtime(path.join(ROOT, 'webpack.config.js'));
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else newest = Math.max(newest, await mtime(full));
    }
  };
  await walk(path.join(ROOT, 'src'));
  return newest;
}

export interface PreviewOptions {
  /** .xlsx to show; default the bundled example. */
  readonly file?: string;
  /** A ready snapshot instead of a file (tests). */
  readonly snapshot?: WorkbookSnapshot;
  /** 0 = any free port. */
  readonly port?: number;
  readonly dir?: string;
}

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startPreviewServer(options: PreviewOptions = {}): Promise<PreviewServer> {
  const dir = options.dir ?? PREVIEW_DIR;
  const file = options.file ?? EXAMPLE_FILE;
  // The same reader as fh-check: sheets and the add-in's settings stored in the file.
  const snapshot: WorkbookSnapshot = options.snapshot ?? (await readXlsxFile(file));
  // "<" escaped: a partner named "</script><img onerror=…>" cannot end the data block.
  const json = JSON.stringify(snapshot).replace(/</g, '\\u003c');
  const data = `<script type="application/json" id="${PREVIEW_ELEMENT_ID}">${json}</script>`;
  // office.js from node_modules, loaded async: outside Office it has nothing to do but it would hold up the page.
  const page = await fs.readFile(path.join(dir, 'taskpane.html'), 'utf8');
  const officeTag = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/;
  if (!officeTag.test(page)) throw new Error('taskpane.html has no office.js tag to replace');
  const html = page.replace(officeTag, '<script src="office-js/office.js" async></script>').replace('</body>', `${data}</body>`);

  const server = http.createServer((req, res) => {
    void respond(req, res).catch(() => {
      res.writeHead(500).end();
    });
  });
  let port = 0;
  async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Only this machine, by name: a page elsewhere that points its own host name at 127.0.0.1 (DNS
    // rebinding) must not read the embedded workbook, so any other Host header is refused.
    if (!LOCAL_HOSTS.some((h) => req.headers.host === `${h}:${port}`)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' });
      return void res.end('This preview answers only to localhost.');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'GET only');
    if (url.pathname === '/' ) {
      res.writeHead(302, { Location: `/taskpane.html${url.search}` });
      return void res.end();
    }
    if (url.pathname === '/taskpane.html') return send(200, TYPES['.html'], html);
    const [base, rel] = url.pathname.startsWith('/office-js/') ? [OFFICE_JS_DIR, url.pathname.slice('/office-js/'.length)] : [dir, url.pathname.slice(1)];
    const target = path.resolve(base, decodeURIComponent(rel));
    if (!target.startsWith(base + path.sep)) return send(404, 'text/plain', 'not found');
    try {
      return send(200, TYPES[path.extname(target)] ?? 'application/octet-stream', await fs.readFile(target));
    } catch {
      return send(404, 'text/plain', 'not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/taskpane.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main(args: string[]): Promise<void> {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const port = Number(flag('--port') ?? 3001);
  const lang = flag('--lang');
  const file = args[0];
  await buildPreview();
  const server = await startPreviewServer({ file, port });
  console.log(`Vorschau / preview: ${server.url}${lang ? `?lang=${lang}` : ''}  (Strg+C beendet / Ctrl+C stops)`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    const read = e as { messageDe?: string; messageEn?: string };
    console.error(read.messageDe ? `${read.messageDe}\n${read.messageEn}` : e instanceof Error ? e.message : e);
    process.exitCode = 2;
  });
}
