import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { startServer, type TestServer } from '../helpers/server';
import { join, nieuwTraject, setupBegeleider, waitFor, yjsClient, type YjsClient } from '../helpers/clients';
import { leesVersie } from '../../lib/sync/layout';
import { TRAJECT_DOC_VERSIE } from '../../lib/sync/trajectDoc';
import { maakKlantreis, promoveerKaart, readKlantreizen, wijzigKlantreis } from '../../lib/sync/klantreis';
import { readOntwikkelpunten } from '../../lib/sync/ontwikkelpunten';
import { celSleutel, indeling } from '../../lib/werkvormen/klantreis/raster';
import { KAART_LANEN, type KaartLaan, type Klantreis } from '../../lib/werkvormen/klantreis/schema';

/**
 * The klantreis board over the real server with stock y-websocket clients:
 * two people moving the same card at the same moment end with one card in one
 * cell on every screen, nothing duplicated and nothing lost, also after a
 * restart of the server.
 */
describe('klantreis: concurrent edits through the server', () => {
  let server: TestServer;
  let trajectId: string;
  let anna: string;
  let bram: string;
  const open: YjsClient[] = [];
  const client = (cookie: string) => {
    const c = yjsClient(server.url, `traject:${trajectId}`, cookie);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer();
    const bea = await setupBegeleider(server.url);
    const traject = await nieuwTraject(bea.api);
    trajectId = traject.id;
    anna = await join(server.url, traject.joinToken, 'Anna Schuldhulp', 'Gemeente', 'uitvoering');
    bram = await join(server.url, traject.joinToken, 'Bram Kredietbank', 'Kredietbank', 'uitvoering');
  });
  afterEach(() => {
    for (const c of open.splice(0)) c.destroy();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  let teller = 0;
  const ctx = (wie: string) => ({ newId: () => `${wie}-${Date.now().toString(36)}-${++teller}`, now: () => Date.now() });

  function reisVan(doc: Y.Doc): Klantreis {
    const [reis] = readKlantreizen(doc);
    if (!reis) throw new Error('geen klantreis');
    return reis;
  }

  function fase(reis: Klantreis, naam: string): string {
    const f = reis.fasen.find((x) => x.naam === naam);
    if (!f) throw new Error(`geen fase ${naam}`);
    return f.id;
  }

  /** The board as people see it: per cell the card ids in order. */
  function bord(doc: Y.Doc): Record<string, string[]> {
    const reis = readKlantreizen(doc)[0];
    if (!reis) return {};
    const { fasen, cellen } = indeling(reis);
    const uit: Record<string, string[]> = {};
    for (const f of fasen) {
      for (const laan of KAART_LANEN) {
        const ids = (cellen.get(celSleutel(f.id, laan)) ?? []).map((k) => `${k.id}:${k.tekst}`);
        if (ids.length) uit[`${f.naam}/${laan}`] = ids;
      }
    }
    return uit;
  }

  const alleKaarten = (b: Record<string, string[]>) => Object.values(b).flat();

  it('the server brings the traject doc to layout v2 before anyone writes', async () => {
    const a = client(anna);
    await a.waitForSync();
    await waitFor(() => leesVersie(a.doc) === TRAJECT_DOC_VERSIE, 10_000, 'meta.versie 2 from the server');
  });

  it('concurrent moves of the same card and adds to different cells converge without duplicates or loss', async () => {
    const a = client(anna);
    const b = client(bram);
    await Promise.all([a.waitForSync(), b.waitForSync()]);

    const gemaakt = maakKlantreis(a.doc, { naam: 'Sandra', leeftijdsklasse: '27-45' }, ctx('a'), null);
    expect(gemaakt.ok).toBe(true);
    await waitFor(() => readKlantreizen(b.doc).length === 1, 10_000, 'B sees the klantreis');
    const reis = reisVan(a.doc);
    const kaart = wijzigKlantreis(a.doc, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Signaleren'), laan: 'knelpunten', tekst: 'Niemand vraagt naar geldzorgen', bijeenkomstId: null }, ctx('a'));
    if (!kaart.ok || !kaart.kaartId) throw new Error('kaart niet gemaakt');
    const kaartId = kaart.kaartId;
    await waitFor(() => reisVan(b.doc).kaarten.length === 1, 10_000, 'B sees the card');

    // 1. Both online, both move the same card in the same tick, and each adds a card elsewhere.
    const doelA = { faseId: fase(reis, 'Intake & plan van aanpak'), laan: 'kansen' as KaartLaan };
    const doelB = { faseId: fase(reis, 'Nazorg'), laan: 'contact' as KaartLaan };
    wijzigKlantreis(a.doc, reis.id, { type: 'kaart:verplaats', kaartId, ...doelA }, ctx('a'));
    wijzigKlantreis(b.doc, reis.id, { type: 'kaart:verplaats', kaartId, ...doelB }, ctx('b'));
    wijzigKlantreis(a.doc, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Stabilisatie'), laan: 'klant', tekst: 'Beslag op loon', bijeenkomstId: null }, ctx('a'));
    wijzigKlantreis(b.doc, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Schuldregeling'), laan: 'knelpunten', tekst: 'Schuldeiser weigert', bijeenkomstId: null }, ctx('b'));
    await waitFor(() => alleKaarten(bord(a.doc)).length === 3 && JSON.stringify(bord(a.doc)) === JSON.stringify(bord(b.doc)), 10_000, 'A and B converge');
    const na1 = bord(a.doc);
    const plekken1 = Object.entries(na1).filter(([, ids]) => ids.some((x) => x.startsWith(`${kaartId}:`)));
    expect(plekken1, 'the moved card is in exactly one cell').toHaveLength(1);
    expect(['Intake & plan van aanpak/kansen', 'Nazorg/contact']).toContain(plekken1[0]?.[0]);

    // 2. Offline from each other (bad wifi), both move it again, then reconnect.
    a.provider.disconnect();
    b.provider.disconnect();
    wijzigKlantreis(a.doc, reis.id, { type: 'kaart:verplaats', kaartId, faseId: fase(reis, 'Signaleren'), laan: 'klant' }, ctx('a'));
    wijzigKlantreis(b.doc, reis.id, { type: 'kaart:verplaats', kaartId, faseId: fase(reis, 'Stabilisatie'), laan: 'knelpunten' }, ctx('b'));
    wijzigKlantreis(b.doc, reis.id, { type: 'kaart:wijzig', kaartId, tekst: 'Niemand vraagt naar geldzorgen (huisarts)' }, ctx('b'));
    a.provider.connect();
    b.provider.connect();
    await waitFor(() => a.provider.synced && b.provider.synced, 10_000, 'reconnected');
    await waitFor(() => JSON.stringify(bord(a.doc)) === JSON.stringify(bord(b.doc)) && alleKaarten(bord(a.doc)).length === 3, 10_000, 'A and B converge after reconnect');
    const na2 = bord(a.doc);
    const plekken2 = Object.entries(na2).filter(([, ids]) => ids.some((x) => x.startsWith(`${kaartId}:`)));
    expect(plekken2).toHaveLength(1);
    expect(['Signaleren/klant', 'Stabilisatie/knelpunten']).toContain(plekken2[0]?.[0]);
    expect(plekken2[0]?.[1]).toContain(`${kaartId}:Niemand vraagt naar geldzorgen (huisarts)`);

    // 3. A third client that joins now sees the same board.
    const c = client(anna);
    await c.waitForSync();
    expect(bord(c.doc)).toEqual(na2);

    // 4. Promoting a card reaches the long list for everyone.
    const knelpunt = reisVan(a.doc).kaarten.find((k) => k.tekst === 'Schuldeiser weigert');
    if (!knelpunt) throw new Error('knelpunt weg');
    expect(promoveerKaart(a.doc, reis.id, knelpunt.id, ctx('a'), null).ok).toBe(true);
    await waitFor(() => readOntwikkelpunten(b.doc).length === 1, 10_000, 'B sees the ontwikkelpunt');
    expect(readOntwikkelpunten(b.doc)[0]).toMatchObject({ titel: 'Schuldeiser weigert', bron: { soort: 'klantreis', kaartId: knelpunt.id, persona: 'Sandra', fase: 'Schuldregeling' } });
  });

  it('after a restart of the server the board is the same', async () => {
    const a = client(anna);
    await a.waitForSync();
    const voor = bord(a.doc);
    expect(alleKaarten(voor)).toHaveLength(3);
    for (const c of open.splice(0)) c.destroy();
    await server.restart();
    const b = client(bram);
    await b.waitForSync(20_000);
    expect(bord(b.doc)).toEqual(voor);
    expect(readOntwikkelpunten(b.doc)).toHaveLength(1);
  });
});
