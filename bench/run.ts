import { benchAudit } from './audit';

/** `npm run bench`: every speed and size figure beside its baseline, measured in the same run. */
async function main(): Promise<void> {
  console.log(`fh-check benchmarks · node ${process.version} · ${new Date().toISOString()}`);
  benchAudit();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
