import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAanscherping, leesActielerenTekst, readActieleren, tekstDiff, wijzigActielerenTekst } from '../../lib/sync';
import { startServer, type TestServer } from '../helpers/server';
import {
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  waitFor,
  yjsClient,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
  type YjsClient,
} from '../helpers/clients';
import { expectAckFout, expectAckOk } from '../helpers/asserts';

const ctx = { newId: () => crypto.randomUUID(), now: () => Date.now() };

function typ(doc: Y.Doc, veld: 'casusTitel' | 'casus' | 'reflectievraag' | 'samenvatting', tekst: string): void {
  const d = tekstDiff(leesActielerenTekst(doc, veld), tekst);
  if (d) expect(wijzigActielerenTekst(doc, veld, d)).toEqual({ ok: true });
}

/** The board as plain JSON, to compare before and after a refused write. */
function bordJson(doc: Y.Doc) {
  return { actieleren: doc.getMap('actieleren').toJSON(), afsluiting: doc.getMap('afsluiting').toJSON(), meta: doc.getMap('meta').toJSON() };
}

/**
 * Actieleren and the Afsluiting against the real server with the stock
 * clients: the board's layout v2 exists before anyone writes, private answers
 * stay private until the reveal, the Afsluiting's settings are accepted, and
 * after afsluiten the board is read-only and stays as it was.
 */
describe('actieleren en afsluiting op de server', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let b1: string;
  const personen: { naam: string; cookie: string; id: string; kamer: KamerClient }[] = [];
  let fac: KamerClient;
  const docs: YjsClient[] = [];

  const verbind = async (room: string, cookie: string) => {
    const c = yjsClient(server.url, room, cookie);
    docs.push(c);
    await c.waitForSync();
    return c;
  };

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url, { naam: 'Bea Begeleider' });
    traject = await nieuwTraject(bea.api, { type: 'leernetwerk', titel: 'Leernetwerk Zelfstandigen en schulden' });
    b1 = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Een casus samen uitdiepen' });
    fac = kamerClient(server.url, b1, bea.cookie);
    await fac.ready();
    for (const [naam, organisatie] of [
      ['Fatima Ouali', 'Kredietbank Gelderland'],
      ['Bram Jansen', 'Gemeente Ede'],
    ] as const) {
      const d = await joinVolledig(server.url, traject.joinToken, naam, organisatie, 'uitvoering');
      const kamer = kamerClient(server.url, b1, d.cookie);
      await kamer.ready();
      await waitFor(() => kamer.ik(), 10_000, 'kamer:ik');
      personen.push({ naam, cookie: d.cookie, id: kamer.ik()!.id, kamer });
    }
  });

  afterAll(async () => {
    for (const d of docs) d.destroy();
    fac?.close();
    for (const p of personen) p.kamer.close();
    await server?.dispose();
  });

  it('creates the texts of actieleren before the first client writes, so concurrent typing merges', async () => {
    const [fatima, bram] = personen as [(typeof personen)[0], (typeof personen)[0]];
    const a = await verbind(`bijeenkomst:${b1}`, fatima.cookie);
    const b = await verbind(`bijeenkomst:${b1}`, bram.cookie);
    expect(a.doc.getMap('meta').get('versie')).toBe(2);
    for (const veld of ['casusTitel', 'casus', 'reflectievraag', 'dialoog', 'samenvatting']) {
      expect(a.doc.getMap('actieleren').get(veld), veld).toBeInstanceOf(Y.Text);
    }
    expect(a.doc.getMap('actieleren').get('aanscherpingen')).toBeInstanceOf(Y.Map);
    expect(a.doc.getMap('afsluiting').get('vraagstukken')).toBeInstanceOf(Y.Map);

    typ(a.doc, 'casus', 'Een zelfstandige met een huurachterstand.');
    await waitFor(() => leesActielerenTekst(b.doc, 'casus').length > 0, 10_000, 'casus bij Bram');
    // Both type at the same moment, at the start and at the end.
    typ(a.doc, 'casus', 'Mevrouw J.: een zelfstandige met een huurachterstand.');
    typ(b.doc, 'casus', 'Een zelfstandige met een huurachterstand. Ze heeft drie schuldeisers.');
    const verwacht = 'Mevrouw J.: een zelfstandige met een huurachterstand. Ze heeft drie schuldeisers.';
    await waitFor(() => leesActielerenTekst(a.doc, 'casus') === verwacht && leesActielerenTekst(b.doc, 'casus') === verwacht, 10_000, 'merged casus');
  });

  it('keeps private answers from every other client until the reveal', async () => {
    const [fatima, bram] = personen as [(typeof personen)[0], (typeof personen)[0]];
    expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'actieleren', stap: 3 }), 'kies');
    const ronde = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Antwoorden op de reflectievraag' });
    expectAckOk(ronde, 'open');
    expectAckOk(await fac.emitAck('werkvorm:zet', { werkvorm: 'actieleren', waarden: { antwoordRonde: ronde.rondeId } }), 'zet');
    const geheim = 'GEHEIM-FATIMA-budgetcoach-bij-de-kredietbank';
    expectAckOk(await fatima.kamer.emitAck('ronde:inzending', { rondeId: ronde.rondeId, tekst: geheim }), 'inzending');
    await fatima.kamer.waitForEvent('ronde:mijn', (args) => JSON.stringify(args).includes(geheim));
    await bram.kamer.waitForToestand((t) => t.rondes.some((r: { id: string; aantalInzendingen: number }) => r.id === ronde.rondeId && r.aantalInzendingen === 1));
    await sleep(200);
    expect(bram.kamer.everything()).not.toContain('GEHEIM-FATIMA');
    expect(fac.everything()).not.toContain('GEHEIM-FATIMA');

    expectAckOk(await fac.emitAck('ronde:onthul', { rondeId: ronde.rondeId }), 'onthul');
    await bram.kamer.waitForEvent('ronde:onthuld', (args) => JSON.stringify(args).includes(geheim));
  });

  it('accepts the Afsluiting settings and refuses unknown ones', async () => {
    expectAckOk(
      await fac.emitAck('werkvorm:zet', {
        werkvorm: 'afsluiting',
        waarden: { volgendeBijeenkomst: { id: 'b-volgende', datum: '2030-04-11T11:30:00.000Z', intentie: 'Verder met de casus' } },
      }),
      'volgende bijeenkomst',
    );
    await personen[0]!.kamer.waitForToestand((t) => t.werkvormen.afsluiting?.volgendeBijeenkomst?.id === 'b-volgende');
    expectAckFout(await fac.emitAck('werkvorm:zet', { werkvorm: 'afsluiting', waarden: { onbekend: true } }), 'onbekende instelling');
  });

  it('after afsluiten refuses a stock y-websocket client and keeps the stored board', async () => {
    const [fatima, bram] = personen as [(typeof personen)[0], (typeof personen)[0]];
    const voor = await verbind(`bijeenkomst:${b1}`, fatima.cookie);
    typ(voor.doc, 'casusTitel', 'Huurachterstand bij een zelfstandige');
    typ(voor.doc, 'reflectievraag', 'Hoe krijgen we de verhuurder eerder aan tafel?');
    typ(voor.doc, 'samenvatting', 'We bellen de verhuurder samen met de klant.');
    addAanscherping(voor.doc, { tekst: 'Ook de kredietbank uitnodigen', auteurId: fatima.id, auteur: fatima.naam }, ctx);
    const lezer = await verbind(`bijeenkomst:${b1}`, bea.cookie);
    await waitFor(() => readActieleren(lezer.doc).aanscherpingen.length === 1 && readActieleren(lezer.doc).samenvatting !== '', 10_000, 'board on the server');
    const opgeslagen = bordJson(lezer.doc);

    const sluit = await bea.api.post(`/api/bijeenkomsten/${b1}/afsluiten`, {});
    expect(sluit.status, sluit.text).toBe(200);

    // A client that was connected before, and a fresh stock client, both try to write.
    typ(voor.doc, 'casus', 'Nieuwe tekst na het afsluiten, met BSN 111222333');
    const na = await verbind(`bijeenkomst:${b1}`, bram.cookie);
    expect(bordJson(na.doc)).toEqual(opgeslagen);
    na.doc.transact(() => {
      (na.doc.getMap('actieleren').get('samenvatting') as Y.Text).insert(0, 'Gewijzigd na afsluiten. ');
      (na.doc.getMap('afsluiting').get('vraagstukken') as Y.Map<unknown>).set(bram.id, 'uitdiepen');
    }, 'test');
    await sleep(500);

    const vers = await verbind(`bijeenkomst:${b1}`, bea.cookie);
    expect(bordJson(vers.doc)).toEqual(opgeslagen);
    // The socket events for the room are refused too.
    expectAckFout(await fac.emitAck('werkvorm:zet', { werkvorm: 'actieleren', waarden: { samenvatter: bram.id } }), 'zet na afsluiten');

    // And what is on disk is the same after a restart.
    for (const d of docs.splice(0)) d.destroy();
    await server.restart();
    const naHerstart = await verbind(`bijeenkomst:${b1}`, bea.cookie);
    expect(bordJson(naHerstart.doc)).toEqual(opgeslagen);

    // The verslag holds what actieleren produced.
    const verslag = await bea.api.get(`/api/bijeenkomsten/${b1}/verslag?format=md`);
    expect(verslag.status, verslag.text.slice(0, 200)).toBe(200);
    for (const stuk of ['Huurachterstand bij een zelfstandige', 'Hoe krijgen we de verhuurder eerder aan tafel?', 'We bellen de verhuurder samen', 'Ook de kredietbank uitnodigen']) {
      expect(verslag.text).toContain(stuk);
    }
  });
});
