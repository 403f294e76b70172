import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readActies, readSpeerpunten, readSuccessen } from '../../../lib/sync';
import {
  CONTENT_TYPE,
  VerslagFormaten,
  contentDisposition,
  exportBestandsnaam,
  verslagBestandsnaam,
  type VerslagFormaat,
} from '../../../lib/verslag/bestandsnaam';
import type { Document } from '../../../lib/verslag/document';
import { naarDocx } from '../../../lib/verslag/docx';
import { leesMarkdown } from '../../../lib/verslag/leesMarkdown';
import { naarMarkdown } from '../../../lib/verslag/markdown';
import { naarPdf, type PdfLettertypen } from '../../../lib/verslag/pdf';
import { bouwTrajectExport } from '../../../lib/verslag/trajectExport';
import { VerslagTekstBody, type VerslagTekst } from '../../../lib/verslag/api';
import { bijeenkomstenVan, wijzigBijeenkomst, type BijeenkomstRij } from '../../db/bijeenkomsten';
import { snapshotVan, verslagTekst } from '../../verslag';
import { afbeeldingenVan } from '../../db/verslagAfbeeldingen';
import type { Afbeeldingen } from '../../../lib/verslag/afbeelding';
import { verslagAfbeeldingRoutes } from './verslagAfbeeldingen';
import type { Persoon } from '../../auth/access';
import { parse } from '../body';
import { HttpError } from '../errors';
import { vereisBegeleiderVan, vereisPersoon, vindBijeenkomst, vindTraject } from '../guards';
import type { Antwoord, Router } from '../router';
import type { Services } from '../../services';

const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'assets', 'fonts');
let lettertypen: PdfLettertypen | null = null;

/** The shipped Liberation Sans, read once. */
function fonts(): PdfLettertypen {
  lettertypen ??= {
    gewoon: readFileSync(path.join(FONTS, 'LiberationSans-Regular.ttf')),
    vet: readFileSync(path.join(FONTS, 'LiberationSans-Bold.ttf')),
    cursief: readFileSync(path.join(FONTS, 'LiberationSans-Italic.ttf')),
    vetCursief: readFileSync(path.join(FONTS, 'LiberationSans-BoldItalic.ttf')),
  };
  return lettertypen;
}

const Formaat = z.enum(VerslagFormaten);

function formaatUit(url: URL): VerslagFormaat {
  const r = Formaat.safeParse(url.searchParams.get('format') ?? 'md');
  if (!r.success) throw new HttpError(400, 'Kies als formaat md, docx of pdf.');
  return r.data;
}

function vereisAfgesloten(b: BijeenkomstRij): string {
  if (b.status !== 'afgesloten' || b.verslag === null) throw new HttpError(409, 'Het verslag is er pas als de bijeenkomst is afgesloten.');
  return b.verslag;
}

/** A verslag the asking person may read: begeleiders always, others once it is shared. */
async function vereisLeesbaar(s: Services, req: Parameters<typeof vereisPersoon>[1], b: BijeenkomstRij): Promise<{ tekst: string; ik: Persoon }> {
  const ik = await vereisPersoon(s, req, b.trajectId);
  const tekst = vereisAfgesloten(b);
  if (ik.soort !== 'begeleider' && !b.verslagGedeeld) throw new HttpError(403, 'De begeleider heeft dit verslag nog niet gedeeld.');
  return { tekst, ik };
}

/**
 * One download. With `afbeeldingen` (a bijeenkomst's verslag), its images go
 * into every format; the Markdown then carries them as data: URIs.
 */
async function bestand(d: Document, md: string, formaat: VerslagFormaat, naam: string, gemaaktOp: number, afbeeldingen?: Afbeeldingen): Promise<Antwoord> {
  let body: string | Buffer;
  switch (formaat) {
    case 'md':
      body = afbeeldingen && afbeeldingen.size > 0 ? naarMarkdown(d, { afbeeldingen }) : md;
      break;
    case 'docx':
      body = Buffer.from(await naarDocx(d, { voettekst: d.titel, afbeeldingen }));
      break;
    case 'pdf':
      body = Buffer.from(await naarPdf(d, { lettertypen: fonts(), voettekst: d.titel, gemaaktOp, afbeeldingen }));
      break;
  }
  return { body, contentType: CONTENT_TYPE[formaat], headers: { 'Content-Disposition': contentDisposition(naam) } };
}

/** The generated text of a closed bijeenkomst, from its snapshot. */
async function gegenereerd(s: Services, b: BijeenkomstRij): Promise<string> {
  const snapshot = await snapshotVan(s, b);
  if (!snapshot) throw new HttpError(409, 'Van deze bijeenkomst kan geen verslag worden gemaakt.');
  return verslagTekst(s, b.id, snapshot);
}

async function tekstView(s: Services, b: BijeenkomstRij, tekst: string): Promise<VerslagTekst> {
  const vrijBord = (await afbeeldingenVan(s.db, b.id)).has('vrij-bord');
  return { tekst, bewerkt: b.verslagBewerktOp !== null, bewerktOp: b.verslagBewerktOp, gedeeld: b.verslagGedeeld, vrijBord };
}

/**
 * The verslag: downloads in three formats, the begeleider's editable text
 * (save, or make it again from the board), and the traject export.
 */
export function verslagRoutes(r: Router<Services>): void {
  verslagAfbeeldingRoutes(r);
  r.on('GET', '/api/bijeenkomsten/:id/verslag', async ({ services: s, req, params, url }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const formaat = formaatUit(url);
    const { tekst } = await vereisLeesbaar(s, req, b);
    const t = await vindTraject(s, b.trajectId);
    const d = leesMarkdown(tekst);
    const titel = d.titel && d.titel !== t.titel ? `${d.titel} · ${t.titel}` : t.titel;
    const afbeeldingen = await afbeeldingenVan(s.db, b.id);
    return bestand({ ...d, titel }, tekst, formaat, verslagBestandsnaam(b.nummer, t.titel, b.datum, formaat), b.afgeslotenOp ?? s.now(), afbeeldingen);
  });

  r.on('GET', '/api/bijeenkomsten/:id/verslag/tekst', async ({ services: s, req, params }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    return { json: await tekstView(s, b, vereisAfgesloten(b)) };
  });

  r.on('PUT', '/api/bijeenkomsten/:id/verslag/tekst', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    const d = parse(VerslagTekstBody, await body());
    vereisAfgesloten(b);
    const op = s.now();
    await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslag: d.tekst, verslagBewerktOp: op });
    return { json: { ok: true, ...await tekstView(s, { ...b, verslagBewerktOp: op }, d.tekst) } };
  });

  r.on('POST', '/api/bijeenkomsten/:id/verslag/opnieuw', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    parse(z.object({}).strict(), await body());
    vereisAfgesloten(b);
    const tekst = await gegenereerd(s, b);
    await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslag: tekst, verslagBewerktOp: null });
    return { json: { ok: true, ...await tekstView(s, { ...b, verslagBewerktOp: null }, tekst) } };
  });

  r.on('GET', '/api/trajecten/:id/verslagen', async ({ services: s, req, params, url }) => {
    const t = await vindTraject(s, params.id ?? '');
    const ik = await vereisPersoon(s, req, t.id);
    const formaat = formaatUit(url);
    const alle = await bijeenkomstenVan(s.db, t.id);
    const verslagen = alle
      .filter((b) => b.status === 'afgesloten' && b.verslag !== null && (ik.soort === 'begeleider' || b.verslagGedeeld))
      .map((b) => ({ nummer: b.nummer, tekst: b.verslag ?? '' }));
    const doc = await s.rooms.read(`traject:${t.id}`);
    const nu = s.now();
    const d = bouwTrajectExport({
      traject: { titel: t.titel, type: t.type, thema: t.thema, vraagstuk: t.vraagstuk, einddoel: t.einddoel, einddatum: t.einddatum, trekker: t.trekker },
      speerpunten: readSpeerpunten(doc),
      acties: readActies(doc).map((a) => ({ ...a, speerpuntId: a.speerpuntId ?? null })),
      successen: readSuccessen(doc).map((x) => x.tekst),
      nummers: Object.fromEntries(alle.map((b) => [b.id, b.nummer])),
      verslagen,
      op: nu,
    });
    return bestand(d, naarMarkdown(d), formaat, exportBestandsnaam(t.titel, nu, formaat), nu);
  });
}
