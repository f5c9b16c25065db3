"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_BATCH_OPTIONS = void 0;
exports.isBatchOption = isBatchOption;
exports.readBatchOption = readBatchOption;
const usageError_1 = require("../usageError");
const chartIndicator_1 = require("./chartIndicator");
exports.NO_BATCH_OPTIONS = { overview: null, chart: null, withNames: false, jobs: null };
const NAMES = ['--overview', '--chart', '--with-names', '--jobs'];
function isBatchOption(name) {
    return NAMES.includes(name);
}
function readBatchOption(argv, i, into) {
    const arg = argv[i];
    const name = arg.split('=')[0];
    if (name === '--with-names') {
        if (arg !== name)
            throw new usageError_1.UsageError('--with-names hat keinen Wert.', '--with-names takes no value.');
        into.withNames = true;
        return i;
    }
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : null;
    const value = inline ?? argv[i + 1];
    const example = name === '--overview' ? 'uebersicht.xlsx' : name === '--chart' ? 'budgetPerBirth' : '4';
    if (value === undefined || value === '' || (inline === null && value.startsWith('-'))) {
        throw new usageError_1.UsageError(`${name} braucht einen Wert, z. B. ${name} ${example}.`, `${name} needs a value, e.g. ${name} ${example.replace('uebersicht', 'overview')}.`);
    }
    if (name === '--overview')
        into.overview = value;
    else if (name === '--chart') {
        const chart = (0, chartIndicator_1.chartIndicatorOf)(value);
        if (chart === null)
            throw new usageError_1.UsageError(`--chart kennt: ${chartIndicator_1.CHART_INDICATORS.join(', ')}.`, `--chart accepts: ${chartIndicator_1.CHART_INDICATORS.join(', ')}.`);
        into.chart = chart;
    }
    else {
        const jobs = Number(value);
        if (!Number.isInteger(jobs) || jobs < 1)
            throw new usageError_1.UsageError('--jobs braucht eine ganze Zahl ab 1.', '--jobs needs a whole number of 1 or more.');
        into.jobs = jobs;
    }
    return inline === null ? i + 1 : i;
}
