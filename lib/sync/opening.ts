import * as Y from 'yjs';
import { z } from 'zod';
import type { Schrijfuitkomst } from './context';
import { geneste } from './leesMap';
import { ORIGIN } from './origins';

/** Act of PDCA: what to do with a speerpunt after checking its result. */
export const Besluit = z.enum(['doorgaan', 'bijstellen', 'stoppen', '']);
export type Besluit = z.infer<typeof Besluit>;

/** Check and Act for one speerpunt, `opening.checkAct.<speerpuntId>`. */
export const CheckActVelden = z.object({
  resultaat: z.string().max(5000),
  besluit: Besluit,
});
export type CheckAct = z.infer<typeof CheckActVelden>;

const MAX_CHECKIN = 300;

function opening(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('opening');
}

/** Returns `opening.<key>` as a Y.Map, creating it when missing (call inside a transaction). */
function zorgVoorMap(doc: Y.Doc, key: 'checkAct' | 'checkin'): Y.Map<unknown> {
  const bestaand = geneste(opening(doc), key);
  if (bestaand) return bestaand;
  const nieuw = new Y.Map<unknown>();
  opening(doc).set(key, nieuw);
  return nieuw;
}

/** Check and Act per speerpuntId; missing or malformed fields read as empty. */
export function readCheckAct(doc: Y.Doc): Record<string, CheckAct> {
  const uit: Record<string, CheckAct> = {};
  const map = geneste(opening(doc), 'checkAct');
  map?.forEach((waarde, speerpuntId) => {
    if (!(waarde instanceof Y.Map)) return;
    const ruw = waarde.toJSON() as Record<string, unknown>;
    const resultaat = CheckActVelden.shape.resultaat.safeParse(ruw.resultaat);
    const besluit = Besluit.safeParse(ruw.besluit);
    uit[speerpuntId] = {
      resultaat: resultaat.success ? resultaat.data : '',
      besluit: besluit.success ? besluit.data : '',
    };
  });
  return uit;
}

/** Sets the resultaat and/or besluit of one speerpunt; only changed fields are written. */
export function setCheckAct(
  doc: Y.Doc,
  speerpuntId: string,
  wijziging: Partial<CheckAct>,
): Schrijfuitkomst {
  const geparsed = CheckActVelden.partial().safeParse(wijziging);
  if (!geparsed.success || speerpuntId.length === 0 || speerpuntId.length > 100) {
    return { ok: false, reden: 'ongeldige-check-act' };
  }
  doc.transact(() => {
    const checkAct = zorgVoorMap(doc, 'checkAct');
    let item = geneste(checkAct, speerpuntId);
    if (!item) {
      item = new Y.Map<unknown>();
      item.set('resultaat', '');
      item.set('besluit', '');
      checkAct.set(speerpuntId, item);
    }
    for (const [veld, waarde] of Object.entries(geparsed.data)) {
      if (waarde !== undefined && item.get(veld) !== waarde) item.set(veld, waarde);
    }
  }, ORIGIN.opening);
  return { ok: true };
}

/** Everyone's check-in line, keyed by person id; non-string entries are skipped. */
export function readCheckin(doc: Y.Doc): Record<string, string> {
  const uit: Record<string, string> = {};
  geneste(opening(doc), 'checkin')?.forEach((waarde, personId) => {
    if (typeof waarde === 'string' && waarde.length <= MAX_CHECKIN) uit[personId] = waarde;
  });
  return uit;
}

/** Sets (or, with an empty line, clears) one person's check-in line. */
export function setCheckin(doc: Y.Doc, personId: string, regel: string): Schrijfuitkomst {
  if (personId.length === 0 || personId.length > 100) return { ok: false, reden: 'onbekende-persoon' };
  if (regel.length > MAX_CHECKIN) return { ok: false, reden: 'te-lang' };
  doc.transact(() => {
    const checkin = zorgVoorMap(doc, 'checkin');
    if (regel.trim() === '') checkin.delete(personId);
    else if (checkin.get(personId) !== regel) checkin.set(personId, regel);
  }, ORIGIN.opening);
  return { ok: true };
}

export { MAX_CHECKIN };
