import { desc, like, or } from 'drizzle-orm';
import type { Db } from './client';
import { audit } from './schema';

/** Records a facilitator action (create, close, delete, share, invite, rotate). */
export function noteer(db: Db, wie: string, actie: string, details: Record<string, unknown>, op: number): void {
  db.insert(audit).values({ op, wie, actie, details: JSON.stringify(details) }).run();
}

/** The audit entries that mention a traject, newest first. */
export function auditVanTraject(db: Db, trajectId: string, limiet = 200) {
  return db
    .select()
    .from(audit)
    .where(or(like(audit.details, `%"trajectId":"${trajectId}"%`)))
    .orderBy(desc(audit.id))
    .limit(limiet)
    .all()
    .map((r) => ({ op: r.op, wie: r.wie, actie: r.actie, details: safeJson(r.details) }));
}

function safeJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    return {};
  }
}
