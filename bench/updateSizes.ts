import * as Y from 'yjs';

/**
 * What the send-time stamp adds to an edit: the same keystroke and card move
 * with and without the `bench` map entry, after some history (so the update
 * carries the usual delete set of an overwritten map entry).
 */
export function stampOverhead(): { keystroke: number; keystrokeStamped: number; cardMove: number; cardMoveStamped: number } {
  const measure = (stamp: boolean, card: boolean) => {
    const doc = new Y.Doc();
    doc.clientID = 1_000_123;
    const text = doc.getText('tekst');
    const cards = doc.getMap('kaarten');
    const lat = doc.getMap('bench');
    const edit = (i: number) =>
      doc.transact(() => {
        if (card) cards.set('kaart-7', { x: 100 + i, y: 200 + i, kleur: 'geel' });
        else text.insert(text.length, 'a');
        if (stamp) lat.set('123', [i, 1_234_567.891 + i]);
      });
    for (let i = 0; i < 10; i++) edit(i);
    let size = 0;
    doc.on('update', (u: Uint8Array) => (size = u.byteLength));
    edit(10);
    return size;
  };
  return { keystroke: measure(false, false), keystrokeStamped: measure(true, false), cardMove: measure(false, true), cardMoveStamped: measure(true, true) };
}
