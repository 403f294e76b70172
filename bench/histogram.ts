/** Latencies from 0 to 30 s in 0.1 ms steps; anything slower lands in the last bucket (max is exact). */
const STEP_MS = 0.1;
const BUCKETS = 300_000;

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * A fixed-bucket latency histogram: millions of samples in 1.2 MB, mergeable
 * across worker threads by adding the counts.
 */
export class Histogram {
  readonly counts: Uint32Array;
  count = 0;
  sum = 0;
  max = 0;

  constructor(counts?: Uint32Array) {
    this.counts = counts ?? new Uint32Array(BUCKETS);
  }

  record(ms: number): void {
    const v = ms < 0 ? 0 : ms;
    const i = Math.min(BUCKETS - 1, Math.floor(v / STEP_MS));
    this.counts[i]! += 1;
    this.count += 1;
    this.sum += v;
    if (v > this.max) this.max = v;
  }

  merge(other: { counts: Uint32Array; count: number; sum: number; max: number }): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
    this.count += other.count;
    this.sum += other.sum;
    this.max = Math.max(this.max, other.max);
  }

  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(this.max, (i + 1) * STEP_MS);
    }
    return this.max;
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      p50: this.percentile(50),
      p95: this.percentile(95),
      p99: this.percentile(99),
      max: this.max,
      mean: this.count ? this.sum / this.count : 0,
    };
  }

  /** Plain data for postMessage / process.send. */
  toJSON(): { counts: number[]; count: number; sum: number; max: number } {
    // Sparse: most buckets are empty.
    const counts: number[] = [];
    for (let i = 0; i < BUCKETS; i++) if (this.counts[i]) counts.push(i, this.counts[i]!);
    return { counts, count: this.count, sum: this.sum, max: this.max };
  }

  static fromJSON(j: { counts: number[]; count: number; sum: number; max: number }): Histogram {
    const h = new Histogram();
    for (let k = 0; k < j.counts.length; k += 2) h.counts[j.counts[k]!] = j.counts[k + 1]!;
    h.count = j.count;
    h.sum = j.sum;
    h.max = j.max;
    return h;
  }
}

/** Milliseconds on CLOCK_MONOTONIC: the same clock in every thread and process on this machine. */
export function monoMs(): number {
  return Number(process.hrtime.bigint() / 1000n) / 1000;
}
