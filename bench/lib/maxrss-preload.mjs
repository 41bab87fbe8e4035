// Preloaded with --import when GNU time is missing: writes this process's peak RSS (KiB) at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
