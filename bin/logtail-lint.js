#!/usr/bin/env node
// Thin bin: all behaviour lives in main(), which the GitHub Action imports too.
import { main } from '../dist/cli.js';

// A reader that went away (`| head`) is not our error; a full disk or a bad descriptor is (2).
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`logtail-lint: cannot write output (${err.code ?? err.message})\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2));
