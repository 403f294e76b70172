import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readGezamenlijkVraagstuk, wijzigGezamenlijkVraagstuk, GEZAMENLIJK_TEKSTEN, MAX_GEZAMENLIJK } from './vraagstuk';
import { tekstDiff } from './tekstDiff';

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('gezamenlijk vraagstuk', () => {
  it('reads empty from a fresh doc without creating anything', () => {
    const doc = new Y.Doc();
    expect(readGezamenlijkVraagstuk(doc)).toEqual({ vraagstuk: '', doel: '' });
    expect(doc.share.size).toBe(0);
  });

  it('merges two people typing at the same time, with the vraagstuk origin', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const origins: unknown[] = [];
    a.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    wijzigGezamenlijkVraagstuk(a, 'vraagstuk', tekstDiff('', 'Hoe signaleren we eerder?')!);
    sync(a, b);
    const basis = readGezamenlijkVraagstuk(b).vraagstuk;
    wijzigGezamenlijkVraagstuk(a, 'vraagstuk', tekstDiff(basis, `Samen: ${basis}`)!);
    wijzigGezamenlijkVraagstuk(b, 'vraagstuk', tekstDiff(basis, `${basis} In de keten.`)!);
    wijzigGezamenlijkVraagstuk(b, 'doel', tekstDiff('', 'Binnen een jaar')!);
    sync(a, b);
    expect(readGezamenlijkVraagstuk(a)).toEqual({ vraagstuk: 'Samen: Hoe signaleren we eerder? In de keten.', doel: 'Binnen een jaar' });
    expect(readGezamenlijkVraagstuk(b)).toEqual(readGezamenlijkVraagstuk(a));
    expect(origins).toContain('leerbord:vraagstuk');
  });

  it('refuses text beyond what the traject can hold, and a root of another type', () => {
    const doc = new Y.Doc();
    expect(wijzigGezamenlijkVraagstuk(doc, 'doel', { index: 0, verwijder: 0, invoeg: 'x'.repeat(MAX_GEZAMENLIJK + 1) })).toEqual({ ok: false, reden: 'te-lang' });
    const kapot = new Y.Doc();
    kapot.getMap(GEZAMENLIJK_TEKSTEN.vraagstuk).set('x', 1);
    expect(wijzigGezamenlijkVraagstuk(kapot, 'vraagstuk', { index: 0, verwijder: 0, invoeg: 'a' })).toEqual({ ok: false, reden: 'ongeldig-bord' });
    expect(readGezamenlijkVraagstuk(kapot).vraagstuk).toBe('');
  });

  it('clamps offsets that a remote edit made stale', () => {
    const doc = new Y.Doc();
    wijzigGezamenlijkVraagstuk(doc, 'vraagstuk', { index: 0, verwijder: 0, invoeg: 'abc' });
    expect(wijzigGezamenlijkVraagstuk(doc, 'vraagstuk', { index: 10, verwijder: 5, invoeg: 'd' }).ok).toBe(true);
    expect(readGezamenlijkVraagstuk(doc).vraagstuk).toBe('abcd');
  });
});
