import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { summary } from './summary.js';
import type { Formatter } from './types.js';

export type { FormatName } from './names.js';
import type { FormatName } from './names.js';

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit, summary, html };


export type { Formatter, FormatterContext } from './types.js';
