// mulberry32: a small seeded generator, for what must be the same on every run (the bench's questions and synthetic
// knowledge) or replayable from a seed (the API fuzz test).

/** Deterministic numbers in 0…1 from `seed`. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
