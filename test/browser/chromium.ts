/**
 * Debian's chromium for the browser tests and the bench (never a downloaded browser). When it is
 * missing and we run as root (CI, the dev container), it is installed with apt-get once.
 */
import { execSync } from 'child_process';
import { existsSync } from 'fs';
import { Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`${CHROMIUM} fehlt: sudo apt-get install -y chromium / ${CHROMIUM} is missing: sudo apt-get install -y chromium`);
  }
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'ignore', timeout: 600_000 });
  if (!existsSync(CHROMIUM)) throw new Error('apt-get install chromium did not provide /usr/bin/chromium');
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  // Playwright starts every launch with a fresh temporary --user-data-dir of its own (and refuses one in args).
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
