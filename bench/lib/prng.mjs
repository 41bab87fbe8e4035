// A small seeded PRNG, so a seed names one exact tree: mulberry32 (32-bit state, fast, good enough
// for picking fixtures; not for anything cryptographic).

/** A random source with the few helpers the generator needs. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** `n` lowercase hex digits. */
    hex: (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join(''),
    digits: (n) => String(int(1, 9)) + Array.from({ length: n - 1 }, () => int(0, 9)).join(''),
    /** A child stream, so adding files of one kind does not reshuffle every other kind. */
    fork: (label) => createRandom(hashString(`${seed}:${label}`)),
  };
}

/** FNV-1a: a stable 32-bit number from a string. */
export function hashString(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
