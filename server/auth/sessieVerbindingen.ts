/**
 * Open connections per facilitator session, so that logging out also closes
 * the room connections that session opened (a shared laptop must not keep
 * steering the room after "Uitloggen").
 */
export class SessieVerbindingen {
  private readonly open = new Map<string, Set<() => void>>();

  /** Registers a connection's close function; returns the function that forgets it again. */
  add(sessieHash: string, sluit: () => void): () => void {
    let set = this.open.get(sessieHash);
    if (!set) this.open.set(sessieHash, (set = new Set()));
    set.add(sluit);
    return () => {
      set.delete(sluit);
      if (set.size === 0) this.open.delete(sessieHash);
    };
  }

  sluitAlle(sessieHash: string): void {
    const set = this.open.get(sessieHash);
    this.open.delete(sessieHash);
    for (const sluit of set ?? []) sluit();
  }
}
