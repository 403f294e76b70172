import {
  createShapeId,
  getIndexAbove,
  toRichText,
  type Editor,
  type TLDefaultColorStyle,
  type TLNoteShape,
  type TLShapeId,
} from 'tldraw';
import type { SyncDoc } from '../_sync/useYDoc';
import { leesWachtrij, observeerWachtrij, type VrijbordBron, type WachtrijItem } from '../../lib/sync/vrijbord';
import type { YjsKoppeling } from './koppelYjs';

/** A note's colour tells where it came from. */
const KLEUR: Record<VrijbordBron, TLDefaultColorStyle> = {
  idee: 'yellow',
  klantreis: 'light-blue',
  speerpunt: 'violet',
  actie: 'orange',
  succes: 'light-green',
  anders: 'yellow',
};

const NOTITIE = 200;
const TUSSENRUIMTE = 40;
const PER_RIJ = 5;

/** The sticky notes for `items`, in rows below whatever is on the page already. */
export function notitiesVoor(editor: Editor, items: readonly WachtrijItem[]): TLNoteShape[] {
  const pagina = editor.getCurrentPageId();
  const grenzen = editor.getCurrentPageBounds();
  const links = grenzen ? grenzen.minX : 0;
  const boven = grenzen ? grenzen.maxY + TUSSENRUIMTE * 2 : 0;
  const standaard = editor.getShapeUtil<TLNoteShape>('note').getDefaultProps();
  let index = editor.getHighestIndexForParent(pagina);
  return items.map((item, n) => {
    index = getIndexAbove(index);
    return {
      id: createShapeId(item.id),
      typeName: 'shape',
      type: 'note',
      x: links + (n % PER_RIJ) * (NOTITIE + TUSSENRUIMTE),
      y: boven + Math.floor(n / PER_RIJ) * (NOTITIE + TUSSENRUIMTE),
      rotation: 0,
      index,
      parentId: pagina,
      isLocked: false,
      opacity: 1,
      meta: { leerbordBron: item.bron },
      props: { ...standaard, color: KLEUR[item.bron], richText: toRichText(item.tekst) },
    };
  });
}

/**
 * Turns the items that other werkvormen put in `vrijbordWachtrij` into sticky
 * notes. The note's id comes from the item's id and the item is removed in the
 * same write, so two open canvases doing this at once make one note. A canvas
 * that may not write (observer, closed bijeenkomst) shows the notes locally
 * without writing them.
 */
export function koppelWachtrij(editor: Editor, doc: SyncDoc, koppeling: YjsKoppeling, schrijfbaar: () => boolean): () => void {
  let gepland = false;
  let gestopt = false;
  const verwerk = () => {
    gepland = false;
    if (gestopt) return;
    const wachtrij = leesWachtrij(doc);
    const items = wachtrij.filter((item) => !editor.store.has(createShapeId(item.id) as TLShapeId));
    if (items.length < wachtrij.length && schrijfbaar()) {
      // Already on the board (placed by a canvas that could not write then): just clear them.
      koppeling.markeerGeplaatst(wachtrij.filter((item) => !items.includes(item)).map((i) => i.id));
      if (items.length === 0) koppeling.flush();
    }
    if (items.length === 0) return;
    try {
      const notities = notitiesVoor(editor, items);
      if (schrijfbaar()) {
        // Not in anyone's undo history: the note was placed from elsewhere.
        editor.run(() => editor.store.put(notities), { history: 'ignore' });
        koppeling.markeerGeplaatst(items.map((i) => i.id));
        koppeling.flush();
      } else {
        editor.store.mergeRemoteChanges(() => editor.store.put(notities));
      }
    } catch (err) {
      console.warn('[leerbord] vrij bord: notitie niet geplaatst', err);
    }
  };
  const plan = () => {
    if (gepland) return;
    gepland = true;
    // Outside the Yjs observer: writing to the doc from inside it would nest transactions.
    queueMicrotask(verwerk);
  };
  plan();
  const stopObserveren = observeerWachtrij(doc, plan);
  return () => {
    gestopt = true;
    stopObserveren();
  };
}
