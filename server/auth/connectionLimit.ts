/**
 * Open websocket connections per client address. A congress hall of 200
 * laptops behind one NAT address holds about 600 (socket.io plus two Yjs
 * rooms each, plus reconnects); the default leaves room for three times that.
 */
export class ConnectionLimiter {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  acquire(ip: string): boolean {
    const n = this.open.get(ip) ?? 0;
    if (n >= this.max) return false;
    this.open.set(ip, n + 1);
    return true;
  }

  release(ip: string): void {
    const n = (this.open.get(ip) ?? 1) - 1;
    if (n <= 0) this.open.delete(ip);
    else this.open.set(ip, n);
  }
}
