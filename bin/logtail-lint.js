#!/usr/bin/env node
// Thin bin: all behaviour lives in main(), which the GitHub Action imports too.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
