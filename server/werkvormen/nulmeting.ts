import { onthulling, type KamerState, type Ronde } from '../../lib/kamer';
import { geldigeAntwoorden } from '../../lib/werkvormen/nulmeting/machine';
import { NulmetingInstellingen, OpgeslagenNulmeting } from '../../lib/werkvormen/nulmeting/schema';
import type { NulmetingVerslag } from '../../lib/werkvormen/nulmeting/verslag';
import type { BijeenkomstRij } from '../db/bijeenkomsten';
import { bewaarNulmeting, nulmetingenVan } from '../db/nulmetingen';
import type { Services } from '../services';

/**
 * Keeps a revealed nulmeting round on the traject (`nulmetingen`), from the
 * server's own state: only the answers everyone saw, parsed, without names.
 * True when it was new; a second call for the same round keeps it once.
 */
export async function bewaarOnthuldeNulmeting(s: Services, b: BijeenkomstRij, ronde: Ronde): Promise<{ nieuw: boolean; aantal: number }> {
  const antwoorden = geldigeAntwoorden(onthulling(ronde, () => '').inzendingen);
  const opgeslagen: OpgeslagenNulmeting = { versie: 1, antwoorden };
  const nieuw = await bewaarNulmeting(s.db, {
    id: s.newId(),
    trajectId: b.trajectId,
    bijeenkomstId: b.id,
    rondeId: ronde.id,
    antwoorden: JSON.stringify(opgeslagen),
    bewaardOp: s.now(),
  });
  return { nieuw, aantal: antwoorden.length };
}

/** Reads a stored result; a broken row reads as no answers rather than failing a whole list or verslag. */
export function leesOpgeslagen(json: string): OpgeslagenNulmeting['antwoorden'] {
  try {
    const r = OpgeslagenNulmeting.safeParse(JSON.parse(json));
    if (r.success) return r.data.antwoorden;
    console.error('[nulmeting] opgeslagen uitslag heeft een onbekende vorm:', r.error.issues[0]?.message);
  } catch (err) {
    console.error('[nulmeting] opgeslagen uitslag is geen JSON:', err);
  }
  return [];
}

/**
 * The verslag's nulmeting: this bijeenkomst's meting and the most recent one
 * before it. A revealed round that the begeleider's screen did not get to keep
 * (a lost connection) is kept now, so the verslag and the traject agree.
 */
export async function nulmetingVoorVerslag(s: Services, b: BijeenkomstRij, kamer: KamerState): Promise<NulmetingVerslag | null> {
  const inst = NulmetingInstellingen.safeParse(kamer.werkvormen.nulmeting ?? {});
  const rondeId = inst.success ? inst.data.ronde : null;
  const ronde = rondeId ? kamer.rondes.find((r) => r.id === rondeId) : undefined;
  if (ronde && ronde.status === 'onthuld' && ronde.werkvorm === 'nulmeting') await bewaarOnthuldeNulmeting(s, b, ronde);
  const alle = await nulmetingenVan(s.db, b.trajectId);
  const deze = alle.filter((m) => m.bijeenkomstId === b.id);
  if (deze.length === 0) return null;
  const eerder = alle.filter((m) => m.nummer < b.nummer).at(-1);
  const metingen = [...(eerder ? [eerder] : []), ...deze].map((m) => ({
    nummer: m.nummer,
    dezeBijeenkomst: m.bijeenkomstId === b.id,
    antwoorden: leesOpgeslagen(m.antwoorden),
  }));
  return { metingen };
}
