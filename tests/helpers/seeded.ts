/**
 * A small seeded random generator for fault and fuzz tests, so a failing run
 * can be repeated exactly: `SEED=1234 npx vitest run ...` (the seed in use is
 * printed by the tests that use it).
 */
export interface Rng {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** A string of `n` characters drawn from `alphabet`. */
  string(n: number, alphabet?: string): string;
  bytes(n: number): Uint8Array;
}

/** The seed from SEED (or `fallback`), so CI runs are repeatable by default. */
export function seedFromEnv(fallback: number): number {
  const s = Number(process.env.SEED);
  return Number.isFinite(s) && process.env.SEED !== '' && process.env.SEED !== undefined ? s >>> 0 : fallback >>> 0;
}

/** mulberry32: tiny, fast, good enough for choosing test inputs. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(xs: readonly T[]): T => {
      if (xs.length === 0) throw new Error('pick from an empty list');
      return xs[int(0, xs.length - 1)] as T;
    },
    string: (n, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') => {
      // By code point, so an emoji in the alphabet never becomes a lone surrogate.
      const tekens = Array.from(alphabet);
      let s = '';
      for (let i = 0; i < n; i++) s += tekens[int(0, tekens.length - 1)];
      return s;
    },
    bytes: (n) => {
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) b[i] = int(0, 255);
      return b;
    },
  };
}
