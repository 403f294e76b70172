/** A fixed-window counter per key, in memory: enough to slow down guessing. */
export class RateLimiter {
  private readonly vensters = new Map<string, { start: number; aantal: number }>();

  constructor(
    private readonly max: number,
    private readonly vensterMs: number,
  ) {}

  /** Counts one attempt; false when the key is over its limit. */
  tel(key: string, now: number): boolean {
    const v = this.vensters.get(key);
    if (!v || now - v.start >= this.vensterMs) {
      if (this.vensters.size > 10_000) this.opruimen(now);
      this.vensters.set(key, { start: now, aantal: 1 });
      return true;
    }
    v.aantal += 1;
    return v.aantal <= this.max;
  }

  private opruimen(now: number) {
    for (const [k, v] of this.vensters) if (now - v.start >= this.vensterMs) this.vensters.delete(k);
  }
}
