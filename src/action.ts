/** Entry point of the GitHub Action (bundled into dist/action/index.js by `npm run build:action`). */
import { run } from './action/main.js';

process.exitCode = await run();
