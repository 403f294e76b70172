import { desc, like, or } from 'drizzle-orm';
import type { Db } from './client';
import { audit } from './schema';

/** Records a facilitator action (create, close, delete, share, invite, rotate). */
export async function noteer(db: Db, wie: string, actie: string, details: Record<string, unknown>, op: number): Promise<void> {
  await db.insert(audit).values({ op, wie, actie, details: JSON.stringify(details) });
}

/** The audit entries that mention a traject, newest first. */
export async function auditVanTraject(db: Db, trajectId: string, limiet = 200) {
  const rijen = await db
    .select()
    .from(audit)
    .where(or(like(audit.details, `%"trajectId":"${trajectId}"%`)))
    .orderBy(desc(audit.id))
    .limit(limiet);
  return rijen.map((r) => ({ op: r.op, wie: r.wie, actie: r.actie, details: safeJson(r.details) }));
}

function safeJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    return {};
  }
}
