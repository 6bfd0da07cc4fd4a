#!/usr/bin/env node
// The package's own bin: runs the compiled CLI (lib/ is produced by `npm ci` through the prepare script).
import { main } from '../lib/bundle/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err?.stack ?? String(err)); process.exitCode = 2; },
);
