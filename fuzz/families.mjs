/**
 * The reader families: where each one's input is written (a path discovery gives to that reader),
 * the syntax its mutations speak, and its seeds (./seeds.mjs).
 */
import fc from 'fast-check';
import { seedsByFamily } from './seeds.mjs';
import { applyMutation, mutationArbitrary } from './mutations.mjs';

const basename = (p) => p.slice(p.lastIndexOf('/') + 1);

/** name -> { syntax, place(seedPath): { dir, name } } */
const FAMILY_TABLE = {
  'agent-config': { syntax: 'json', place: () => ({ dir: 'h/usr/local/ilogtail', name: 'ilogtail_config.json' }) },
  'user-defined-id': { syntax: 'text', place: () => ({ dir: 'h/etc/ilogtail', name: 'user_defined_id' }) },
  'users-entry': { syntax: 'text', place: (p) => ({ dir: 'h/etc/ilogtail/users', name: basename(p) }) },
  'app-info': { syntax: 'json', place: () => ({ dir: 'h/usr/local/ilogtail', name: 'app_info.json' }) },
  terraform: { syntax: 'hcl', place: (p) => ({ dir: 'infra', name: basename(p) }) },
  'terraform-json': { syntax: 'json', place: (p) => ({ dir: 'infra', name: basename(p) }) },
  'terraform-plan': { syntax: 'json', place: () => ({ dir: 'infra', name: 'tfplan.json' }) },
  'ros-json': { syntax: 'json', place: (p) => ({ dir: 'ros', name: basename(p) }) },
  'ros-yaml': { syntax: 'yaml', place: (p) => ({ dir: 'ros', name: basename(p) }) },
  kubernetes: { syntax: 'yaml', place: (p) => ({ dir: 'k8s', name: basename(p) }) },
  script: { syntax: 'shell', place: (p) => ({ dir: 'scripts', name: basename(p) }) },
};

export const FAMILY_NAMES = Object.keys(FAMILY_TABLE);

/**
 * users/ entries: the agent takes the file NAME as an account ID, so the name is fuzzed too:
 * account IDs with noise, and any bytes a Linux name may hold (not `/` or NUL, at most 255 bytes).
 */
const usersEntryName = fc.oneof(
  fc.constantFrom('1234567890123456', '1098370038733503', '1234567890123456.txt', '-1', '0', '12345678901234567890', 'user_defined_id', 'users'),
  fc.stringMatching(/^[0-9]{1,24}$/),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.uint8Array({ minLength: 1, maxLength: 40 }),
);

function validName(bytes) {
  const b = Buffer.from(bytes.filter((x) => x !== 0 && x !== 0x2f)).subarray(0, 255);
  const s = b.toString('latin1');
  return s === '' || s === '.' || s === '..' ? Buffer.from('1234567890123456') : b;
}

/** A fuzz input: a file's bytes and where it goes (`name` as bytes: Linux names need not be UTF-8). */
function inputArbitrary(family) {
  const { syntax, place } = FAMILY_TABLE[family];
  const seeds = seedsByFamily().get(family) ?? [];
  if (seeds.length === 0) throw new Error(`no seeds for the ${family} family`);
  const fields = { seed: fc.nat(seeds.length - 1), mutations: fc.array(mutationArbitrary(syntax), { maxLength: 5 }) };
  if (family === 'users-entry') fields.name = fc.option(usersEntryName, { freq: 2 });
  return fc.record(fields).map(({ seed, mutations, name }) => {
    const { dir, name: seedName } = place(seeds[seed].path);
    let bytes = Buffer.from(seeds[seed].text, 'utf8');
    for (const m of mutations) bytes = applyMutation(bytes, m, syntax);
    const nameBytes = name === null || name === undefined ? Buffer.from(seedName) : validName(typeof name === 'string' ? Buffer.from(name, 'utf8') : Buffer.from(name));
    return { family, dir, name: nameBytes, bytes, seedFrom: seeds[seed].from };
  });
}

export function family(name) {
  const entry = FAMILY_TABLE[name];
  if (!entry) throw new Error(`unknown family ${name}; the families are ${FAMILY_NAMES.join(', ')}`);
  return { name, syntax: entry.syntax, place: entry.place, arbitrary: () => inputArbitrary(name) };
}
