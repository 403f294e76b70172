import * as Y from 'yjs';
import { onthulling, uitslag, type KamerState, type Ronde } from '../lib/kamer';
import { leesAgenda, planningVan } from './planning';
import { readActies, readCheckAct, readSpeerpunten, readSuccessen, type ActieStatus } from '../lib/sync';
import { bouwVerslag } from '../lib/verslag/bouwVerslag';
import { naarMarkdown } from '../lib/verslag/markdown';
import {
  VERSLAG_SNAPSHOT_VERSIE,
  leesSnapshot,
  type ActielerenUitkomst,
  type AfsluitingUitkomst,
  type OpeningUitkomst,
  type SnapshotActie,
  type VerslagSnapshot,
} from '../lib/verslag/snapshot';
import { terugblik as terugblikUitVerslag } from '../lib/verslag/terugblik';
import { ActielerenInstellingen } from '../lib/werkvormen/actieleren/schema';
import { AfsluitingInstellingen } from '../lib/werkvormen/afsluiting/schema';
import type { Services } from './services';
import { kletspotVoorVerslag } from './werkvormen/kletspot';
import { actielerenVerslag } from '../lib/werkvormen/actieleren/verslag';
import { afsluitingVerslag } from '../lib/werkvormen/afsluiting/verslag';
import { readActieleren } from '../lib/sync/actieleren';
import { readVraagstukKeuzes } from '../lib/sync/afsluiting';
import { klantreisVerslag } from '../lib/werkvormen/klantreis/verslag';
import { speerpuntenVerslag, stemmersInRonde } from '../lib/werkvormen/speerpunten/verslag';
import { readKlantreizen } from '../lib/sync/klantreis';
import { readOntwikkelpunten } from '../lib/sync/ontwikkelpunten';
import { nulmetingVoorVerslag } from './werkvormen/nulmeting';
import { vraagstukVoorVerslag } from './werkvormen/vraagstuk';
import type { BijeenkomstRij } from './db/bijeenkomsten';
import { aanwezigIds, bijeenkomstenVan, vorigeAfgeslotenMetVerslag, wijzigBijeenkomst } from './db/bijeenkomsten';
import { begeleidersVan, deelnemersVan, trajectMetId } from './db/trajecten';
import { afbeeldingVan, bewaarAfbeelding, verwijderAfbeelding } from './db/verslagAfbeeldingen';
import { heeftNulmeting } from '../lib/werkvormen/nulmeting/verslag';
import { nulmetingPlotSvg } from '../lib/werkvormen/nulmeting/plotSvg';
import { verwijzing } from '../lib/verslag/afbeelding';
import { vrijBordBlokken } from '../lib/verslag/onderdelen/vrijBord';
import { svgNaarPng } from './plotPng';

/**
 * The verslag at afsluiten: what the board holds gathered into a snapshot
 * (lib/verslag/snapshot.ts) and the Markdown generated from it (its images
 * made ready), as the bijeenkomst's fields; the caller stores them with the
 * close in one write.
 */
export async function maakVerslag(
  s: Services,
  b: BijeenkomstRij,
): Promise<{ verslag: string; verslagSnapshot?: string; verslagBewerktOp: null }> {
  const snapshot = await verzamelSnapshot(s, b);
  if (!snapshot) return { verslag: '', verslagBewerktOp: null };
  return { verslag: await verslagTekst(s, b.id, snapshot), verslagSnapshot: JSON.stringify(snapshot), verslagBewerktOp: null };
}

/**
 * The generated Markdown of a snapshot, with its images made ready: the
 * nulmeting plot is drawn (again) and stored, and the vrij bord appendix is
 * there when the begeleider took the board in. Used at afsluiten and for
 * "opnieuw maken van het bord".
 */
export async function verslagTekst(s: Services, bijeenkomstId: string, snapshot: VerslagSnapshot): Promise<string> {
  if (heeftNulmeting(snapshot.nulmeting)) {
    try {
      const { svg, breedte } = nulmetingPlotSvg(snapshot.nulmeting);
      await bewaarAfbeelding(s.db, bijeenkomstId, 'nulmeting', svgNaarPng(svg, breedte), s.now());
    } catch (err) {
      // The verslag still has the table with every number; the image shows its alt text.
      console.error(`[verslag] nulmetingplot van bijeenkomst ${bijeenkomstId} niet getekend:`, err);
    }
  }
  const vrijBord = await afbeeldingVan(s.db, bijeenkomstId, 'vrij-bord') !== null;
  // The board is free text from every client; a NUL character in it is no writing and PostgreSQL refuses it.
  return naarMarkdown(bouwVerslag(snapshot, { vrijBord })).replaceAll('\u0000', '');
}

/** What became of the verslag when the vrij bord went in or out. */
export type VerslagNaAfbeelding = 'bij-afsluiten' | 'opnieuw-gemaakt' | 'aangevuld';

/**
 * The begeleider took the vrij bord into the verslag (the PNG is stored).
 * Before afsluiten nothing more is needed: the verslag made then has it. A
 * generated verslag is made again with the appendix; an edited one keeps
 * every edit and gets the appendix added at its end (once).
 */
export async function vrijBordInVerslag(s: Services, b: BijeenkomstRij): Promise<VerslagNaAfbeelding> {
  if (b.status !== 'afgesloten' || b.verslag === null) return 'bij-afsluiten';
  if (b.verslagBewerktOp === null) {
    const snapshot = await snapshotVan(s, b);
    if (snapshot) {
      await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslag: await verslagTekst(s, b.id, snapshot) });
      return 'opnieuw-gemaakt';
    }
  }
  if (!b.verslag.includes(`(${verwijzing('vrij-bord')}`)) {
    await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslag: `${b.verslag.trimEnd()}\n\n${bijlageTekst(b.nummer)}` });
  }
  return 'aangevuld';
}

/**
 * The vrij bord is taken out again: its image goes, a generated verslag is
 * made again without it, and an edited one loses the appendix (or, if the
 * begeleider moved it, the image line).
 */
export async function vrijBordUitVerslag(s: Services, b: BijeenkomstRij): Promise<boolean> {
  const was = await verwijderAfbeelding(s.db, b.id, 'vrij-bord');
  if (b.status !== 'afgesloten' || b.verslag === null) return was;
  const snapshot = b.verslagBewerktOp === null ? await snapshotVan(s, b) : null;
  if (snapshot) {
    await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslag: await verslagTekst(s, b.id, snapshot) });
    return was;
  }
  const bijlage = bijlageTekst(b.nummer);
  let tekst = b.verslag.includes(bijlage) ? b.verslag.replace(bijlage, '') : b.verslag;
  tekst = tekst
    .split('\n')
    .filter((regel) => !regel.includes(`](${verwijzing('vrij-bord')}`))
    .join('\n');
  await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslag: `${tekst.trimEnd()}\n` });
  return was;
}

/** The appendix as Markdown, exactly as `vrijBordInVerslag` adds it. */
function bijlageTekst(nummer: number): string {
  return naarMarkdown({ titel: '', blokken: vrijBordBlokken(nummer) });
}

/** Three lines for the next Opening, from the previous verslag as shared. */
export function terugblik(verslag: string): string[] {
  return terugblikUitVerslag(verslag);
}

/**
 * The stored snapshot of a closed bijeenkomst; one closed before snapshots
 * existed gets one gathered now (and stored).
 */
export async function snapshotVan(s: Services, b: BijeenkomstRij): Promise<VerslagSnapshot | null> {
  const opgeslagen = b.verslagSnapshot ? leesJson(b.verslagSnapshot) : null;
  const snapshot = leesSnapshot(opgeslagen);
  if (snapshot) return snapshot;
  const nieuw = await verzamelSnapshot(s, b);
  if (nieuw) await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslagSnapshot: JSON.stringify(nieuw) });
  return nieuw;
}

function leesJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch (err) {
    console.error('[verslag] snapshot is geen geldige JSON:', err);
    return null;
  }
}

/** Everything the verslag is built from, read from SQLite, the two Yjs docs and the room's server state. */
export async function verzamelSnapshot(s: Services, b: BijeenkomstRij): Promise<VerslagSnapshot | null> {
  const t = await trajectMetId(s.db, b.trajectId);
  if (!t) return null;
  const alle = await bijeenkomstenVan(s.db, t.id);
  const aanwezig = new Set(await aanwezigIds(s.db, b.id));
  const deelnemers = await deelnemersVan(s.db, t.id);
  const begeleiders = await begeleidersVan(s.db, t.id);
  const namen = new Map<string, string>([...deelnemers.map((d) => [d.id, d.naam] as const), ...begeleiders.map((g) => [g.id, g.naam] as const)]);
  const naamVan = (id: string | null | undefined) => (id ? (namen.get(id) ?? null) : null);

  const trajectDoc = await s.rooms.read(`traject:${t.id}`);
  const bijeenkomstDoc = await s.rooms.read(`bijeenkomst:${b.id}`);
  const kamer = await s.facilitatie.toestandVan(b.id);
  const vorige = await vorigeAfgeslotenMetVerslag(s.db, t.id, b.nummer);
  const vorigeSnapshot = vorige?.verslagSnapshot ? leesSnapshot(leesJson(vorige.verslagSnapshot)) : null;
  const volgende = alle.find((x) => x.nummer > b.nummer) ?? null;
  const aanwezigeBegeleiders = begeleiders.filter((g) => aanwezig.has(g.id));

  const acties: SnapshotActie[] = readActies(trajectDoc).map((a) => ({
    id: a.id,
    wat: a.wat,
    wie: a.wie,
    wanneer: a.wanneer,
    status: a.status,
    bijeenkomstId: a.bijeenkomstId,
    werkvorm: a.werkvorm,
    speerpuntId: a.speerpuntId ?? null,
  }));
  const { geplandAantal } = await planningVan(s, t, alle);

  return {
    versie: VERSLAG_SNAPSHOT_VERSIE,
    gemaaktOp: s.now(),
    traject: {
      id: t.id,
      type: t.type,
      titel: t.titel,
      thema: t.thema,
      vraagstuk: t.vraagstuk,
      einddoel: t.einddoel,
      einddatum: t.einddatum,
      trekker: t.trekker,
    },
    bijeenkomst: { id: b.id, nummer: b.nummer, totaal: geplandAantal, datum: b.datum, intentie: b.intentie, agenda: leesAgenda(b.agenda) },
    begeleiders: (aanwezigeBegeleiders.length ? aanwezigeBegeleiders : begeleiders).map((g) => ({ naam: g.naam })),
    aanwezigen: deelnemers
      .filter((d) => d.soort === 'deelnemer' && aanwezig.has(d.id))
      .map((d) => ({ id: d.id, naam: d.naam, organisatie: d.organisatie, rol: d.rol })),
    opening: opening(bijeenkomstDoc),
    actieleren: actieleren(bijeenkomstDoc, kamer, naamVan),
    afsluiting: afsluiting(bijeenkomstDoc, kamer, naamVan),
    vraagstuk: await vraagstukVoorVerslag(s, t, b, kamer, bijeenkomstDoc),
    nulmeting: await nulmetingVoorVerslag(s, b, kamer),
    kletspot: await kletspotVoorVerslag(s, b.id),
    klantreis: klantreisVerslag(readKlantreizen(trajectDoc), b.id),
    gekozenSpeerpunten: speerpuntenVerslag(
      readSpeerpunten(trajectDoc),
      readOntwikkelpunten(trajectDoc),
      b.id,
      stemmersInRonde(kamer.werkvormen, kamer.rondes),
    ),
    acties,
    vorigeStatussen: vorigeSnapshot ? Object.fromEntries(vorigeSnapshot.acties.map((a) => [a.id, a.status] as [string, ActieStatus])) : null,
    nummers: Object.fromEntries(alle.map((x) => [x.id, x.nummer])),
    successen: readSuccessen(trajectDoc).map((x) => ({ id: x.id, tekst: x.tekst, bijeenkomstId: x.bijeenkomstId })),
    speerpunten: readSpeerpunten(trajectDoc).map((p) => ({
      id: p.id,
      titel: p.titel,
      doelstelling: p.doelstelling,
      trekker: p.trekker,
      eersteStap: p.eersteStap,
      status: p.status,
    })),
    volgende: volgende ? { nummer: volgende.nummer, datum: volgende.datum, intentie: volgende.intentie } : null,
  };
}


/* ------------------------------------------------------------ the board, read as plain data */

function opening(doc: Y.Doc): OpeningUitkomst | null {
  const checkAct = Object.entries(readCheckAct(doc))
    .filter(([, c]) => c.resultaat.trim() || c.besluit)
    .map(([speerpuntId, c]) => ({ speerpuntId, resultaat: c.resultaat, besluit: c.besluit }));
  return checkAct.length ? { checkAct } : null;
}

function ronde(kamer: KamerState, id: string | null | undefined): Ronde | undefined {
  return id ? kamer.rondes.find((r) => r.id === id) : undefined;
}

/**
 * Actieleren: its texts from the bijeenkomst doc, its decisions (who, which
 * rounds, the chosen idea) from the server state; ideas as the group saw them.
 */
function actieleren(doc: Y.Doc, kamer: KamerState, naamVan: (id: string | null | undefined) => string | null): ActielerenUitkomst | null {
  const instellingen = ActielerenInstellingen.safeParse(kamer.werkvormen.actieleren ?? {});
  const inst = instellingen.success ? instellingen.data : {};
  if (!doc.share.has('actieleren') && Object.keys(inst).length === 0) return null;
  const antwoorden = ronde(kamer, inst.antwoordRonde);
  const stemronde = ronde(kamer, inst.stemRonde);
  return actielerenVerslag({
    bord: readActieleren(doc),
    instellingen: inst,
    onthuld: antwoorden?.status === 'onthuld' ? onthulling(antwoorden, (id) => naamVan(id) ?? '').inzendingen : null,
    stemming:
      stemronde && stemronde.status !== 'open' && stemronde.opties?.length
        ? { opties: stemronde.opties, stemmen: uitslag(stemronde).stemmen }
        : null,
    naamVan,
  });
}

/** Afsluiting: the leernetwerk's per-vraagstuk choice, and the reflections shared in the revealed round. */
function afsluiting(doc: Y.Doc, kamer: KamerState, naamVan: (id: string | null | undefined) => string | null): AfsluitingUitkomst | null {
  const instellingen = AfsluitingInstellingen.safeParse(kamer.werkvormen.afsluiting ?? {});
  const reflectie = ronde(kamer, instellingen.success ? instellingen.data.reflectieRonde : null);
  if (!doc.share.has('afsluiting') && !reflectie) return null;
  return afsluitingVerslag({
    keuzes: readVraagstukKeuzes(doc),
    reflecties: reflectie?.status === 'onthuld' ? onthulling(reflectie, (id) => naamVan(id) ?? '').inzendingen : null,
    naamVan,
  });
}
