/**
 * Structural checks on the canvas records of the vrij bord, before tldraw's own
 * validators see them. Anyone with write access to a bijeenkomst doc can put
 * anything into its `vrijbord` map (a stock y-websocket client, a buggy tab),
 * so a record is trusted only after these checks *and* tldraw's schema
 * validation (`app/_canvas/schoonRecord.ts`). These checks catch what tldraw's
 * validators let through but would still hurt: a parent cycle (tldraw walks
 * ancestors recursively), a binding to a missing shape, an image that points at
 * another host (a request to a third party from every browser in the room),
 * an iframe embed, and records too large to be a drawing.
 *
 * Pure: plain objects in, verdicts out. No tldraw import, so this file stays
 * out of the room's initial bundle.
 */

/** A record as it travels: a plain JSON object with at least an id and a typeName. */
export type RuwRecord = { readonly id: string; readonly typeName: string; readonly [veld: string]: unknown };

export type Controle = { ok: true; record: RuwRecord } | { ok: false; reden: string };

/** Longest record id we accept; tldraw's own ids are a prefix plus 21 characters. */
export const MAX_ID_LENGTE = 200;
/** An image or video asset is stored inline as a data: URL; tldraw's own limit is 10 MB, ours is lower. */
export const MAX_ASSET_TEKENS = 3_000_000;
/** Any other record: a long freehand stroke is tens of kilobytes. */
export const MAX_RECORD_TEKENS = 500_000;
/** Coordinates beyond this are not a drawing but an attempt to break the camera. */
export const MAX_COORDINAAT = 1e9;
/** Deepest nesting of groups and frames we follow. */
export const MAX_DIEPTE = 100;

/** Shape types that would load something from another host (an iframe). */
const VERBODEN_VORMEN = new Set(['embed']);

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Rough JSON size without building the string twice for small records. */
function tekens(x: unknown, grens: number): number {
  try {
    const s = JSON.stringify(x);
    return s === undefined ? Infinity : s.length;
  } catch {
    return grens + 1;
  }
}

/**
 * A URL that a browser may load as an image: inline (`data:image/…`,
 * `data:video/…`), a blob of this page, or a path on our own server.
 * Anything with a scheme or a host (`https://…`, `//host/…`) is refused.
 */
export function isEigenBron(src: unknown): boolean {
  if (src === null || src === undefined || src === '') return true;
  if (typeof src !== 'string') return false;
  if (/^data:(image|video)\//i.test(src)) return true;
  if (/^blob:/i.test(src)) return false; // a blob URL of another browser means nothing here
  return src.startsWith('/') && !src.startsWith('//') && !src.includes('\\');
}

/**
 * Checks one value of the `vrijbord` map under key `id`: a plain object whose
 * `id` is the key, whose `typeName` is one of `typen` (the document-scope
 * types of the schema: no cameras, instances or presence) and matches the id's
 * prefix, of a sane size, with finite, bounded coordinates, and without
 * third-party sources.
 */
export function controleerRuwRecord(id: string, waarde: unknown, typen: ReadonlySet<string>): Controle {
  if (id.length === 0 || id.length > MAX_ID_LENGTE) return { ok: false, reden: 'id' };
  if (!isPlainObject(waarde)) return { ok: false, reden: 'geen-object' };
  const { typeName } = waarde;
  if (waarde.id !== id) return { ok: false, reden: 'id-klopt-niet' };
  if (typeof typeName !== 'string' || !typen.has(typeName)) return { ok: false, reden: 'type' };
  if (!id.startsWith(`${typeName}:`)) return { ok: false, reden: 'id-voorvoegsel' };
  const grens = typeName === 'asset' ? MAX_ASSET_TEKENS : MAX_RECORD_TEKENS;
  if (tekens(waarde, grens) > grens) return { ok: false, reden: 'te-groot' };

  if (typeName === 'shape') {
    if (typeof waarde.type !== 'string' || VERBODEN_VORMEN.has(waarde.type)) return { ok: false, reden: 'vorm' };
    for (const as of ['x', 'y', 'rotation'] as const) {
      const v = waarde[as];
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > MAX_COORDINAAT) return { ok: false, reden: 'coordinaat' };
    }
    if (typeof waarde.parentId !== 'string') return { ok: false, reden: 'ouder' };
  }
  if (typeName === 'binding' && (typeof waarde.fromId !== 'string' || typeof waarde.toId !== 'string')) {
    return { ok: false, reden: 'koppeling' };
  }
  if (typeName === 'asset') {
    const props = isPlainObject(waarde.props) ? waarde.props : {};
    for (const veld of ['src', 'image', 'favicon'] as const) {
      if (!isEigenBron(props[veld]) && !(veld === 'src' && waarde.type === 'bookmark')) return { ok: false, reden: 'externe-bron' };
    }
  }
  return { ok: true, record: waarde as RuwRecord };
}

/** What the integrity check needs to know of one record. */
export type Knoop = { readonly typeName: string; readonly parentId?: unknown; readonly fromId?: unknown; readonly toId?: unknown };

/**
 * Which of the `nieuw` records may go into a store that currently holds
 * `bestaand` (looked up by id), given that `weg` will be removed. Returns the
 * ids to refuse:
 * - a shape whose chain of parents does not end in an existing page within
 *   `MAX_DIEPTE` steps, passes a missing record or loops;
 * - a binding whose `fromId` or `toId` is not an existing shape.
 * Refusing one record can break another (a child of a refused frame), so it
 * repeats until nothing changes.
 */
export function weigerOnsamenhangend(
  nieuw: readonly (Knoop & { readonly id: string })[],
  bestaand: (id: string) => Knoop | undefined,
  weg: ReadonlySet<string> = new Set(),
): Set<string> {
  const geweigerd = new Set<string>();
  const kandidaten = new Map<string, Knoop>(nieuw.map((r) => [r.id, r]));
  const zoek = (id: string): Knoop | undefined => {
    if (geweigerd.has(id) || weg.has(id)) return undefined;
    return kandidaten.get(id) ?? bestaand(id);
  };
  const isShape = (id: unknown): id is string => typeof id === 'string' && zoek(id)?.typeName === 'shape';

  const bereiktPagina = (start: Knoop & { readonly id: string }): boolean => {
    const gezien = new Set<string>([start.id]);
    let ouder = start.parentId;
    for (let stap = 0; stap < MAX_DIEPTE; stap++) {
      if (typeof ouder !== 'string' || gezien.has(ouder)) return false;
      const knoop = zoek(ouder);
      if (!knoop) return false;
      if (knoop.typeName === 'page') return ouder.startsWith('page:');
      if (knoop.typeName !== 'shape') return false;
      gezien.add(ouder);
      ouder = knoop.parentId;
    }
    return false;
  };

  for (let ronde = 0; ronde <= nieuw.length; ronde++) {
    let gewijzigd = false;
    for (const r of nieuw) {
      if (geweigerd.has(r.id)) continue;
      const goed =
        r.typeName === 'shape' ? bereiktPagina(r) : r.typeName === 'binding' ? isShape(r.fromId) && isShape(r.toId) : true;
      if (!goed) {
        geweigerd.add(r.id);
        gewijzigd = true;
      }
    }
    if (!gewijzigd) break;
  }
  return geweigerd;
}
