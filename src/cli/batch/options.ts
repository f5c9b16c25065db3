import { UsageError } from '../usageError';
import { ChartIndicator, chartIndicatorOf, CHART_INDICATORS } from './chartIndicator';

/** Options of an audit over many workbooks. */
export interface BatchOptions {
  /** The overview to write (.xlsx, .csv or .html); null: lines on the terminal only. */
  readonly overview: string | null;
  /** The indicator charted across districts; null: the default. */
  readonly chart: ChartIndicator | null;
  /** Partner names in the overview (off by default: a Land-level comparison needs none, DSGVO). */
  readonly withNames: boolean;
  /** Workers in parallel; null: one per core. */
  readonly jobs: number | null;
}

export const NO_BATCH_OPTIONS: BatchOptions = { overview: null, chart: null, withNames: false, jobs: null };

const NAMES = ['--overview', '--chart', '--with-names', '--jobs'];

export function isBatchOption(name: string): boolean {
  return NAMES.includes(name);
}

/**
 * Reads the batch option at argv[i] into `into` and returns the index of the last argument it used.
 * Values as for every option: "--opt value" or "--opt=value", never a value that looks like an option.
 */
export function readBatchOption(argv: readonly string[], i: number, into: { -readonly [K in keyof BatchOptions]: BatchOptions[K] }): number {
  const arg = argv[i];
  const name = arg.split('=')[0];
  if (name === '--with-names') {
    if (arg !== name) throw new UsageError('--with-names hat keinen Wert.', '--with-names takes no value.');
    into.withNames = true;
    return i;
  }
  const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : null;
  const value = inline ?? argv[i + 1];
  const example = name === '--overview' ? 'uebersicht.xlsx' : name === '--chart' ? 'budgetPerBirth' : '4';
  if (value === undefined || value === '' || (inline === null && value.startsWith('-'))) {
    throw new UsageError(`${name} braucht einen Wert, z. B. ${name} ${example}.`, `${name} needs a value, e.g. ${name} ${example.replace('uebersicht', 'overview')}.`);
  }
  if (name === '--overview') into.overview = value;
  else if (name === '--chart') {
    const chart = chartIndicatorOf(value);
    if (chart === null) throw new UsageError(`--chart kennt: ${CHART_INDICATORS.join(', ')}.`, `--chart accepts: ${CHART_INDICATORS.join(', ')}.`);
    into.chart = chart;
  } else {
    const jobs = Number(value);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs braucht eine ganze Zahl ab 1.', '--jobs needs a whole number of 1 or more.');
    into.jobs = jobs;
  }
  return inline === null ? i + 1 : i;
}
