import { expect } from 'vitest';
import { nietNederlands, type Ack, type ApiResponse } from './clients';

/**
 * The contract for refused input (DESIGN §5, docs/api.md): a 4xx, JSON, with a
 * Dutch `error`. `allowed` narrows the status when the contract names one.
 */
export function expectFout(res: ApiResponse, allowed?: number[], context = ''): void {
  const where = `${context} → ${res.status} ${res.text.slice(0, 200)}`;
  if (allowed) expect(allowed, where).toContain(res.status);
  else {
    expect(res.status, where).toBeGreaterThanOrEqual(400);
    expect(res.status, where).toBeLessThan(500);
  }
  expect(res.headers.get('content-type') ?? '', `content-type of ${where}`).toMatch(/^application\/json/);
  expect(nietNederlands(res.json?.error), `error text of ${where}`).toBeNull();
}

/** A refused socket.io event: ack `{error: "<Dutch>"}` and no `ok:true`. */
export function expectAckFout(ack: Ack, context = ''): void {
  expect(ack.ok, `${context}: ack ${JSON.stringify(ack).slice(0, 200)}`).not.toBe(true);
  expect(nietNederlands(ack.error), `${context}: ack ${JSON.stringify(ack).slice(0, 200)}`).toBeNull();
}

/** An accepted socket.io event. */
export function expectAckOk(ack: Ack, context = ''): void {
  expect(ack, `${context}: ack ${JSON.stringify(ack).slice(0, 300)}`).toMatchObject({ ok: true });
}
