#!/usr/bin/env node
// Runs the compiled command line (lib/, committed and checked against src/ by the tests), so it
// starts in plain node right after `npm ci`: no TypeScript compiler, no build step.
require('../lib/cli/run.js').run(process.argv.slice(2));
