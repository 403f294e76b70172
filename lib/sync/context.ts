/**
 * What a writer needs from the outside world. `lib/` never reads the clock or
 * makes random ids itself, so callers (app hooks, server, tests) pass them in.
 */
export type SchrijfContext = {
  /** A fresh, unguessable id (the app uses `crypto.randomUUID()`). */
  newId: () => string;
  /** Current time in epoch milliseconds. */
  now: () => number;
};

/** Outcome of a write: `lib` returns reasons instead of throwing. */
export type Schrijfuitkomst<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; reden: string };
