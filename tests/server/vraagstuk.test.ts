import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { openOpslag } from '../helpers/opslag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setVraagstukKeuze } from '../../lib/sync/afsluiting';
import { schrijfNulmetingAntwoord } from '../../lib/werkvormen/nulmeting/schema';
import { schrijfVraagstukAntwoord } from '../../lib/werkvormen/vraagstuk/schema';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  waitFor,
  yjsClient,
  type Begeleider,
  type Deelname,
  type KamerClient,
  type NieuwTraject,
} from '../helpers/clients';
import { expectAckFout, expectAckOk, expectFout } from '../helpers/asserts';

/**
 * Issue 7 on a real server: the Vraagstuk and the Nulmeting keep private
 * answers private until the reveal (raw engine.io packets), own cards can only
 * be changed by their owner, the kletspot's row holds nothing that leads back
 * to the asker (read from the SQLite file itself), bad input gets a Dutch 4xx,
 * and the verslag carries the cards, the nulmeting table and the kletspot.
 */
describe('vraagstuk, nulmeting en kletspot', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let bijeenkomst: string;
  let ayse: Deelname;
  let bram: Deelname;
  let wim: Deelname;
  let fac: KamerClient;
  let p1: KamerClient;
  let p2: KamerClient;
  let obs: KamerClient;
  const alle = () => [fac, p1, p2, obs];
  let vraagstukRonde = '';
  let nulmetingRonde = '';
  const geheim = (naam: string) => `${naam}${randomUUID().replace(/-/g, '')}`;

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api, { type: 'leernetwerk', titel: 'Leernetwerk Zelfstandigen en schulden', thema: 'Zelfstandigen en schulden' });
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-03-14T09:30:00.000Z' });
    ayse = await joinVolledig(server.url, traject.joinToken, 'Ayse Demir', 'Gemeente Utrecht', 'uitvoering');
    bram = await joinVolledig(server.url, traject.joinToken, 'Bram de Vries', 'Kredietbank Nederland', 'beleid');
    wim = await joinVolledig(server.url, traject.waarnemerToken, 'Wim Waarnemer', 'Provincie');
    fac = kamerClient(server.url, bijeenkomst, bea.cookie);
    p1 = kamerClient(server.url, bijeenkomst, ayse.cookie);
    p2 = kamerClient(server.url, bijeenkomst, bram.cookie);
    obs = kamerClient(server.url, bijeenkomst, wim.cookie);
    await Promise.all(alle().map((k) => k.ready()));
    await waitFor(() => alle().every((k) => k.ik() !== undefined), 10_000, 'kamer:ik on every client');
  });

  afterAll(async () => {
    for (const k of alle()) k?.close();
    await server?.dispose();
  });

  const id = (k: KamerClient) => k.ik()?.id ?? '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ronde = (k: KamerClient, rondeId: string): any => k.toestand()?.rondes?.find((r: { id: string }) => r.id === rondeId);
  const lekken = (k: KamerClient, verboden: readonly string[]) => verboden.filter((g) => k.raw.join('\n').includes(g));

  it('vraagstuk: before the reveal nobody receives another participant’s text, not even the begeleider', async () => {
    expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'vraagstuk', stap: 0 }), 'werkvorm:kies vraagstuk');
    const open = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Vraagstuk: probleem, waarom en doel' });
    expectAckOk(open, 'ronde:open');
    vraagstukRonde = String(open.rondeId);
    expectAckOk(await fac.emitAck('werkvorm:zet', { werkvorm: 'vraagstuk', waarden: { ronde: vraagstukRonde } }), 'werkvorm:zet');
    for (const k of alle()) await k.waitForToestand((t) => t.werkvormen?.vraagstuk?.ronde === vraagstukRonde, 5_000, 'round in settings');

    const a = { probleem: geheim('AYSEPROBLEEM'), waarom: geheim('AYSEWAAROM'), doel: geheim('AYSEDOEL') };
    const b = { probleem: geheim('BRAMPROBLEEM'), waarom: geheim('BRAMWAAROM'), doel: geheim('BRAMDOEL') };
    expectAckOk(await p1.emitAck('ronde:inzending', { rondeId: vraagstukRonde, tekst: schrijfVraagstukAntwoord(a) }), 'p1 inzending');
    expectAckOk(await p2.emitAck('ronde:inzending', { rondeId: vraagstukRonde, tekst: schrijfVraagstukAntwoord(b) }), 'p2 inzending');
    expectAckFout(await obs.emitAck('ronde:inzending', { rondeId: vraagstukRonde, tekst: schrijfVraagstukAntwoord(b) }), 'observer');
    for (const k of alle()) await k.waitForToestand(() => ronde(k, vraagstukRonde)?.aantalInzendingen === 2, 5_000, '2 answers counted');
    await sleep(200);

    const vanAyse = Object.values(a);
    const vanBram = Object.values(b);
    expect(lekken(fac, [...vanAyse, ...vanBram]), 'begeleider').toEqual([]);
    expect(lekken(p1, vanBram), 'Ayse').toEqual([]);
    expect(lekken(p2, vanAyse), 'Bram').toEqual([]);
    expect(lekken(obs, [...vanAyse, ...vanBram]), 'waarnemer').toEqual([]);
    // Your own answer does come back to you (ronde:mijn): the recorder sees text when it is sent.
    expect(lekken(p1, vanAyse)).toHaveLength(3);
    // Cards are made from revealed answers only.
    expectFout(await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/vraagstuk/kaarten`, { rondeId: vraagstukRonde }), [409], 'kaarten before reveal');
    expect((await ayse.api.get(`/api/trajecten/${traject.id}/vraagstukken`)).json.kaarten).toEqual([]);

    expectAckOk(await fac.emitAck('ronde:onthul', { rondeId: vraagstukRonde }), 'onthul');
    for (const k of alle()) {
      const [body] = (await k.waitForEvent('ronde:onthuld', (x) => (x[0] as { rondeId: string }).rondeId === vraagstukRonde)) as [
        { inzendingen: { auteur: string; naam: string; tekst: string }[] },
      ];
      expect(body.inzendingen.map((i) => i.naam).sort()).toEqual(['Ayse Demir', 'Bram de Vries']);
      expect(body.inzendingen.map((i) => i.tekst).join()).toContain(a.doel);
    }
    expect(lekken(p2, vanAyse)).toHaveLength(3);

    const kaarten = await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/vraagstuk/kaarten`, { rondeId: vraagstukRonde });
    expect(kaarten.status, kaarten.text).toBe(201);
    expect(kaarten.json.aangemaakt).toBe(2);
    const opnieuw = await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/vraagstuk/kaarten`, { rondeId: vraagstukRonde });
    expect(opnieuw.json.aangemaakt, 'a card, once made, is never overwritten by the round').toBe(0);
  });

  it('nulmeting: no participant receives another’s scores or comment before the reveal; afterwards all, without names', async () => {
    expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'nulmeting', stap: 0 }), 'werkvorm:kies nulmeting');
    const open = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Nulmeting', anoniem: true });
    expectAckOk(open, 'ronde:open nulmeting');
    nulmetingRonde = String(open.rondeId);
    expectAckOk(await fac.emitAck('werkvorm:zet', { werkvorm: 'nulmeting', waarden: { ronde: nulmetingRonde, focus: null } }), 'zet');
    expectAckFout(await fac.emitAck('werkvorm:zet', { werkvorm: 'nulmeting', waarden: { focus: 'lachen' } }), 'unknown item');
    expectAckFout(await p1.emitAck('werkvorm:zet', { werkvorm: 'nulmeting', waarden: { focus: 'weten' } }), 'participant sets focus');

    const opmA = geheim('AYSEOPMERKING');
    const opmB = geheim('BRAMOPMERKING');
    const scoresA = { pdca: 2, weten: 4, willen: 3, kunnen: 1, mogen: 2 } as const;
    const scoresB = { pdca: 3, weten: 4, willen: 1, kunnen: 2 } as const;
    expectAckOk(await p1.emitAck('ronde:inzending', { rondeId: nulmetingRonde, tekst: schrijfNulmetingAntwoord({ scores: scoresA, opmerking: opmA }) }), 'p1');
    expectAckOk(await p2.emitAck('ronde:inzending', { rondeId: nulmetingRonde, tekst: schrijfNulmetingAntwoord({ scores: scoresB, opmerking: opmB }) }), 'p2');
    for (const k of alle()) await k.waitForToestand(() => ronde(k, nulmetingRonde)?.aantalInzendingen === 2, 5_000, '2 scores counted');
    await sleep(200);

    expect(lekken(fac, [opmA, opmB, 'scores'])).toEqual([]);
    expect(lekken(p1, [opmB])).toEqual([]);
    expect(lekken(p2, [opmA])).toEqual([]);
    expect(lekken(obs, [opmA, opmB, 'scores'])).toEqual([]);
    // The only score packets a participant got are their own answer echoed back.
    const scorePakketten = (k: KamerClient) => k.raw.filter((r) => r.includes('scores'));
    expect(scorePakketten(p1).every((r) => r.includes(opmA))).toBe(true);
    expect(scorePakketten(p2).every((r) => r.includes(opmB))).toBe(true);
    expectFout(await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/nulmeting`, { rondeId: nulmetingRonde }), [409], 'keep before reveal');

    expectAckOk(await fac.emitAck('ronde:onthul', { rondeId: nulmetingRonde }), 'onthul nulmeting');
    for (const k of alle()) {
      const [body] = (await k.waitForEvent('ronde:onthuld', (x) => (x[0] as { rondeId: string }).rondeId === nulmetingRonde)) as [
        { inzendingen: { auteur: string; naam: string; tekst: string }[] },
      ];
      expect(body.inzendingen).toHaveLength(2);
      expect(body.inzendingen.every((i) => i.auteur === '' && i.naam === ''), 'anonymous round').toBe(true);
      expect(body.inzendingen.map((i) => i.tekst).join()).toContain(opmB);
    }

    const bewaar = await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/nulmeting`, { rondeId: nulmetingRonde });
    expect(bewaar.status, bewaar.text).toBe(201);
    expect(bewaar.json).toMatchObject({ ok: true, bewaard: true, aantal: 2 });
    expect((await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/nulmeting`, { rondeId: nulmetingRonde })).json.bewaard).toBe(false);
    const metingen = await ayse.api.get(`/api/trajecten/${traject.id}/nulmetingen`);
    expect(metingen.status).toBe(200);
    expect(metingen.json.metingen).toHaveLength(1);
    expect(metingen.json.metingen[0]).toMatchObject({ bijeenkomstId: bijeenkomst, rondeId: nulmetingRonde, nummer: 1 });
    expect(metingen.json.metingen[0].antwoorden.map((x: { scores: unknown }) => x.scores)).toEqual([scoresA, scoresB]);
    expect(JSON.stringify(metingen.json)).not.toContain(id(p1));
  });

  it('own vraagstuk cards: only the owner may change theirs; the history of each Afsluiting is listed', async () => {
    const lijst = await bram.api.get(`/api/trajecten/${traject.id}/vraagstukken`);
    expect(lijst.status).toBe(200);
    const kaarten = lijst.json.kaarten as { id: string; persoonId: string; naam: string; magBewerken: boolean; probleem: string }[];
    expect(kaarten.map((k) => k.naam).sort()).toEqual(['Ayse Demir', 'Bram de Vries']);
    const vanAyse = kaarten.find((k) => k.persoonId === id(p1));
    const vanBram = kaarten.find((k) => k.persoonId === id(p2));
    if (!vanAyse || !vanBram) throw new Error('cards missing');
    expect(vanAyse.magBewerken).toBe(false);
    expect(vanBram.magBewerken).toBe(true);

    const poging = { probleem: 'Overgenomen door iemand anders' };
    expectFout(await bram.api.patch(`/api/vraagstukken/${vanAyse.id}`, poging), [403], 'another participant');
    expectFout(await bea.api.patch(`/api/vraagstukken/${vanAyse.id}`, poging), [403], 'the begeleider');
    expectFout(await wim.api.patch(`/api/vraagstukken/${vanAyse.id}`, poging), [403], 'an observer');
    expectFout(await api(server.url).patch(`/api/vraagstukken/${vanAyse.id}`, poging), [401], 'no cookie');
    // A participant of another traject has no way in either.
    const ander = await nieuwTraject(bea.api, { type: 'leernetwerk', titel: 'Ander leernetwerk' });
    const vreemde = await joinVolledig(server.url, ander.joinToken, 'Vera Vreemd', 'Elders');
    expectFout(await vreemde.api.patch(`/api/vraagstukken/${vanAyse.id}`, poging), [401, 403], 'participant of another traject');
    // Naming someone else in the body does not make it theirs: the body has no owner field.
    expectFout(
      await bram.api.post(`/api/trajecten/${traject.id}/vraagstukken/mijn`, { probleem: 'x', waarom: '', doel: '', persoonId: id(p1) }),
      [400],
      'owner in body',
    );
    const nogSteeds = (await ayse.api.get(`/api/trajecten/${traject.id}/vraagstukken`)).json.kaarten.find((k: { id: string }) => k.id === vanAyse.id);
    expect(nogSteeds.probleem).toBe(vanAyse.probleem);

    const scherper = await ayse.api.patch(`/api/vraagstukken/${vanAyse.id}`, { probleem: 'Zelfstandigen melden zich te laat' });
    expect(scherper.status, scherper.text).toBe(200);
    expect(scherper.json.kaart).toMatchObject({ probleem: 'Zelfstandigen melden zich te laat', magBewerken: true });
    const eigen = await bram.api.post(`/api/trajecten/${traject.id}/vraagstukken/mijn`, { probleem: 'Aangescherpt', waarom: 'Omdat', doel: 'Doel' });
    expect(eigen.status, eigen.text).toBe(200);
    expect(eigen.json.kaart).toMatchObject({ id: vanBram.id, probleem: 'Aangescherpt' });
    expectFout(await bea.api.post(`/api/trajecten/${traject.id}/vraagstukken/mijn`, { probleem: 'x', waarom: '', doel: '' }), [403], 'begeleider own card');
    expectFout(await wim.api.post(`/api/trajecten/${traject.id}/vraagstukken/mijn`, { probleem: 'x', waarom: '', doel: '' }), [403], 'observer own card');

    // The Afsluiting marks a card (lib/sync/afsluiting, as its view does); the list shows it.
    const bord = yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, bea.cookie);
    await bord.waitForSync();
    setVraagstukKeuze(bord.doc, id(p1), 'aan-de-slag');
    setVraagstukKeuze(bord.doc, id(p2), 'uitdiepen');
    await waitFor(async () => {
      const k = (await ayse.api.get(`/api/trajecten/${traject.id}/vraagstukken`)).json.kaarten as { persoonId: string; markeringen: unknown[] }[];
      return k.every((x) => x.markeringen.length === 1);
    }, 10_000, 'markings listed');
    bord.destroy();
    const na = (await ayse.api.get(`/api/trajecten/${traject.id}/vraagstukken`)).json.kaarten as { persoonId: string; markeringen: unknown[] }[];
    expect(na.find((k) => k.persoonId === id(p1))?.markeringen).toEqual([
      { bijeenkomstId: bijeenkomst, nummer: 1, datum: '2030-03-14T09:30:00.000Z', keuze: 'aan-de-slag' },
    ]);

    // A werkplaats has one gezamenlijk vraagstuk, no own cards.
    const werkplaats = await nieuwTraject(bea.api, { type: 'werkplaats' });
    const wp = await joinVolledig(server.url, werkplaats.joinToken, 'Wendy Werkplaats', 'Gemeente Ede');
    expectFout(await wp.api.post(`/api/trajecten/${werkplaats.id}/vraagstukken/mijn`, { probleem: 'x', waarom: '', doel: '' }), [409], 'werkplaats');
  });

  it('kletspot: the row in the SQLite file holds nothing that leads back to the asker', async () => {
    const vraag = `Wie wil er eigenlijk op zoek naar een nieuwe baan? ${geheim('KLETS')}`;
    const res = await ayse.api.post(`/api/trajecten/${traject.id}/kletspot`, { vraag });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toEqual({ ok: true, open: 1 });
    const ayseId = id(p1);
    const cookieWaarde = ayse.cookie.split('=').slice(1).join('=');

    const db = await openOpslag(server);
    try {
      expect(await db.kolommen('kletspot')).toEqual(['bestemming', 'dag', 'getrokken_in', 'id', 'status', 'traject_id', 'vraag']);
      const rij = (await db.rijenVan('kletspot')).find((r) => r.vraag === vraag);
      if (!rij) throw new Error('kletspot row not found');
      const verboden = [ayseId, 'Ayse', 'Demir', 'Gemeente Utrecht', cookieWaarde, '127.0.0.1', '::1', 'uitvoering'];
      for (const [kolom, waarde] of Object.entries(rij)) {
        const tekst = String(waarde);
        for (const v of verboden) expect(tekst.includes(v), `kletspot.${kolom} holds "${v.slice(0, 12)}"`).toBe(false);
        // No time finer than a day: no epoch numbers, no time of day.
        expect(typeof waarde === 'number' && waarde > 100_000, `kletspot.${kolom} looks like a timestamp`).toBe(false);
        expect(/\d{1,2}:\d{2}/.test(tekst) || /T\d{2}/.test(tekst), `kletspot.${kolom} holds a time of day`).toBe(false);
      }
      expect(rij).toMatchObject({ traject_id: traject.id, vraag, status: 'open', getrokken_in: null, bestemming: null });
      expect(rij.dag).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rij.id).not.toBe(ayseId);
      // Nor anywhere else: no other table holds the question, and no audit entry was written.
      for (const tabel of (await db.tabellen()).filter((t) => t !== 'kletspot')) {
        const rijen = await db.rijenVan(tabel);
        const gevonden = rijen.some((r) => Object.values(r).some((w) => (Buffer.isBuffer(w) ? w.toString('latin1') : String(w)).includes(vraag.slice(-20))));
        expect(gevonden, `table ${tabel} holds the question`).toBe(false);
      }
      const audit = (await db.rijenVan('audit')) as { actie: string; details: string }[];
      expect(audit.some((r) => /kletspot/i.test(r.actie + r.details))).toBe(false);
    } finally {
      await db.close();
    }

    // Participants see how many wait, never the text of an undrawn question.
    const overzicht = await bram.api.get(`/api/trajecten/${traject.id}/kletspot`);
    expect(overzicht.json).toEqual({ open: 1, getrokken: [] });
    expect(overzicht.text).not.toContain('KLETS');
  });

  it('kletspot: the begeleider draws blind, it shows for everyone, goes on today’s agenda, and the pot runs empty', async () => {
    expectFout(await ayse.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/trek`, {}), [403], 'participant draws');
    const trek = await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/trek`, {});
    expect(trek.status, trek.text).toBe(200);
    const vraag = trek.json.vraag as { id: string; tekst: string };
    expect(vraag.tekst).toContain('nieuwe baan');
    for (const k of alle()) await k.waitForToestand((t) => t.werkvormen?.kletspot?.vraag?.id === vraag.id, 5_000, 'drawn question shown');

    expectFout(await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/${vraag.id}`, { bestemming: 'prullenbak' }), [400], 'bad bestemming');
    expectFout(await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/onbekend`, { bestemming: 'agenda' }), [404], 'unknown question');
    expectFout(await bram.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/${vraag.id}`, { bestemming: 'agenda' }), [403], 'participant');
    const agenda = await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/${vraag.id}`, { bestemming: 'agenda' });
    expect(agenda.status, agenda.text).toBe(200);
    for (const k of alle()) await k.waitForToestand((t) => t.werkvormen?.kletspot?.agenda?.[0]?.id === vraag.id, 5_000, 'on the agenda');
    expect((await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/sluit`, {})).status).toBe(200);
    for (const k of alle()) await k.waitForToestand((t) => t.werkvormen?.kletspot?.vraag === null, 5_000, 'closed');

    const getrokken = (await ayse.api.get(`/api/trajecten/${traject.id}/kletspot`)).json;
    expect(getrokken.open).toBe(0);
    expect(getrokken.getrokken).toEqual([expect.objectContaining({ id: vraag.id, nummer: 1, bijeenkomstId: bijeenkomst, bestemming: 'agenda' })]);
    const leeg = await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/trek`, {});
    expectFout(leeg, [409], 'empty pot');
    expect(leeg.json.error).toBe('De kletspot is leeg.');
    // The kletspot is no werkvorm: werkvorm:zet cannot reach its server state.
    expectAckFout(await fac.emitAck('werkvorm:zet', { werkvorm: 'kletspot', waarden: { vraag: null } }), 'werkvorm:zet kletspot');
  });

  it('refuses bad input with a Dutch 4xx', async () => {
    const pad = `/api/trajecten/${traject.id}/kletspot`;
    expectFout(await bram.api.post(pad, {}), [400], 'no vraag');
    expectFout(await bram.api.post(pad, { vraag: 'x'.repeat(501) }), [400], 'too long');
    expectFout(await bram.api.post(pad, { vraag: '  ' }), [400], 'empty');
    expectFout(await bram.api.post(pad, { vraag: 'Mag dit?', naam: 'Bram' }), [400], 'extra field');
    expectFout(await bram.api.request('POST', pad, { body: '{kapot' }), [400], 'broken JSON');
    expectFout(await wim.api.post(pad, { vraag: 'Een vraag van een waarnemer' }), [403], 'observer asks');
    expectFout(await api(server.url).post(pad, { vraag: 'Zonder cookie' }), [401], 'no cookie');
    // In memory, per person: a flood is stopped, another person can still ask.
    const uitkomsten: number[] = [];
    for (let i = 0; i < 6; i++) uitkomsten.push((await bram.api.post(pad, { vraag: `Vraag nummer ${i + 1} van Bram` })).status);
    expect(uitkomsten).toEqual([201, 201, 201, 201, 201, 429]);
    expectFout(await bram.api.post(pad, { vraag: 'Nog eentje' }), [429], 'rate limited');
    expect((await ayse.api.post(pad, { vraag: 'Een vraag van Ayse' })).status).toBe(201);

    const b = `/api/bijeenkomsten/${bijeenkomst}`;
    expectFout(await bea.api.post(`${b}/nulmeting`, {}), [400], 'nulmeting without rondeId');
    expectFout(await bea.api.post(`${b}/nulmeting`, { rondeId: 'bestaat-niet' }), [404], 'nulmeting unknown round');
    expectFout(await bea.api.post(`${b}/nulmeting`, { rondeId: vraagstukRonde }), [409], 'nulmeting with the vraagstuk round');
    expectFout(await ayse.api.post(`${b}/nulmeting`, { rondeId: nulmetingRonde }), [403], 'participant keeps nulmeting');
    expectFout(await bea.api.post(`${b}/vraagstuk/kaarten`, { rondeId: nulmetingRonde }), [409], 'cards from the nulmeting round');
    expectFout(await bea.api.post(`${b}/vraagstuk/kaarten`, { rondeId: 5 }), [400], 'rondeId not a string');
    expectFout(await bea.api.get('/api/trajecten/bestaat-niet/vraagstukken'), [404], 'unknown traject');
    expectFout(await bea.api.get('/api/trajecten/bestaat-niet/nulmetingen'), [404], 'unknown traject');
    expectFout(await bea.api.patch('/api/vraagstukken/bestaat-niet', { probleem: 'x' }), [404], 'unknown card');
    const mijn = `/api/trajecten/${traject.id}/vraagstukken/mijn`;
    expectFout(await ayse.api.post(mijn, { probleem: '', waarom: ' ', doel: '' }), [400], 'empty card');
    expectFout(await ayse.api.post(mijn, { probleem: 'x'.repeat(2001), waarom: '', doel: '' }), [400], 'card too long');
    expectFout(await ayse.api.post(mijn, ['probleem']), [400], 'array body');
    const kaartId = ((await ayse.api.get(`/api/trajecten/${traject.id}/vraagstukken`)).json.kaarten as { id: string; magBewerken: boolean }[]).find(
      (k) => k.magBewerken,
    )?.id;
    expectFout(await ayse.api.patch(`/api/vraagstukken/${kaartId}`, { probleem: 5 }), [400], 'number as text');
    expectFout(await ayse.api.patch(`/api/vraagstukken/${kaartId}`, { probleem: '', waarom: '', doel: '' }), [400], 'emptied card');
  });

  it('the verslag carries the cards, the nulmeting table with dots, the kletspot; a later nulmeting is set beside the first', async () => {
    expect((await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/afsluiten`, {})).status).toBe(200);
    const md = (await bea.api.get(`/api/bijeenkomsten/${bijeenkomst}/verslag?format=md`)).text;
    expect(md).toContain('## Vraagstuk');
    expect(md).toContain('Zelfstandigen melden zich te laat');
    expect(md).toContain('Aangescherpt');
    expect(md).toContain('## Nulmeting');
    expect(md).toMatch(/\| Weten \| Bijeenkomst 1 \| +\| +\| +\| ●● 2 \| 4 \|/);
    expect(md).toMatch(/\| PDCA-cyclus \| Bijeenkomst 1 \| +\| ● 1 \| ● 1 \| +\| 2,5 \|/);
    expect(md).toContain('## Uit de kletspot');
    expect(md).toMatch(/nieuwe baan\?.*\(op de agenda gezet\)/);
    // The PDF draws the dots too (Liberation Sans has ●).
    const pdfRes = await fetch(`${server.url}/api/bijeenkomsten/${bijeenkomst}/verslag?format=pdf`, { headers: { cookie: bea.cookie } });
    expect(pdfRes.status).toBe(200);
    const bestand = path.join(server.dataDir, 'verslag-vraagstuk.pdf');
    await writeFile(bestand, Buffer.from(await pdfRes.arrayBuffer()));
    const { stdout: pdfTekst } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', bestand, '-']);
    expect(pdfTekst).toContain('Nulmeting');
    expect(pdfTekst).toContain('●● 2');
    expect(pdfTekst).toContain('Uit de kletspot');
    // Closed: nothing more to draw or change in this room.
    expectFout(await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/kletspot/trek`, {}), [409], 'draw in a closed bijeenkomst');

    // Bijeenkomst 2 runs the nulmeting again.
    const tweede = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-04-11T09:30:00.000Z' });
    const f2 = kamerClient(server.url, tweede, bea.cookie);
    const a2 = kamerClient(server.url, tweede, ayse.cookie);
    try {
      await Promise.all([f2.ready(), a2.ready()]);
      expectAckOk(await f2.emitAck('werkvorm:kies', { werkvorm: 'nulmeting', stap: 0 }), 'kies');
      const open = await f2.emitAck('ronde:open', { soort: 'prive', titel: 'Nulmeting', anoniem: true });
      const r2 = String(open.rondeId);
      expectAckOk(await f2.emitAck('werkvorm:zet', { werkvorm: 'nulmeting', waarden: { ronde: r2 } }), 'zet');
      await a2.waitForToestand((t) => t.rondes.some((r: { id: string }) => r.id === r2), 5_000, 'round 2 open');
      expectAckOk(await a2.emitAck('ronde:inzending', { rondeId: r2, tekst: schrijfNulmetingAntwoord({ scores: { pdca: 4, weten: 4 }, opmerking: '' }) }), 'a2');
      expectAckOk(await f2.emitAck('ronde:onthul', { rondeId: r2 }), 'onthul 2');
      // The begeleider's screen did not keep it: afsluiten keeps it for the verslag and the traject.
      expect((await bea.api.post(`/api/bijeenkomsten/${tweede}/afsluiten`, {})).status).toBe(200);
    } finally {
      f2.close();
      a2.close();
    }
    const metingen = (await ayse.api.get(`/api/trajecten/${traject.id}/nulmetingen`)).json.metingen as { nummer: number }[];
    expect(metingen.map((m) => m.nummer)).toEqual([1, 2]);
    const md2 = (await bea.api.get(`/api/bijeenkomsten/${tweede}/verslag?format=md`)).text;
    const pdca = md2.split('\n').filter((r) => r.startsWith('| PDCA-cyclus'));
    expect(pdca).toEqual([expect.stringMatching(/^\| PDCA-cyclus \| Bijeenkomst 1 \|.*\| 2,5 \|$/), expect.stringMatching(/^\| PDCA-cyclus \| Bijeenkomst 2 \|.*● 1 \| 4 \|$/)]);
    expect(md2).not.toContain('## Vraagstuk');
  });
});
