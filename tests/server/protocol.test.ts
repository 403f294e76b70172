import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KamerToestand } from '../../lib/protocol';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  join,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  waitFor,
  type Begeleider,
  type Ack,
  type KamerClient,
  type NieuwTraject,
} from '../helpers/clients';
import { expectAckFout, expectAckOk } from '../helpers/asserts';

/** The facilitation protocol over socket.io (DESIGN §5, lib/protocol/events.ts). */
describe('facilitation protocol', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let bijeenkomst: string;
  let fac: KamerClient;
  let p1: KamerClient;
  let p2: KamerClient;
  let obs: KamerClient;
  const alle = () => [fac, p1, p2, obs];
  const extra: KamerClient[] = [];
  let c1Cookie: string;

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api);
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id);
    const c1 = await join(server.url, traject.joinToken, 'Ayse Demir', 'Gemeente Utrecht', 'uitvoering');
    c1Cookie = c1;
    const c2 = await join(server.url, traject.joinToken, 'Bram de Vries', 'Kredietbank Nederland', 'beleid');
    const cObs = await join(server.url, traject.waarnemerToken, 'Wim Waarnemer', 'Provincie');
    fac = kamerClient(server.url, bijeenkomst, bea.cookie);
    p1 = kamerClient(server.url, bijeenkomst, c1);
    p2 = kamerClient(server.url, bijeenkomst, c2);
    obs = kamerClient(server.url, bijeenkomst, cObs);
    await Promise.all(alle().map((k) => k.ready()));
    await waitFor(() => alle().every((k) => k.ik() !== undefined), 10_000, 'kamer:ik on every client');
  });

  afterAll(async () => {
    for (const k of [...(alle().filter(Boolean) as KamerClient[]), ...extra]) k.close();
    await server?.dispose();
  });

  const id = (k: KamerClient) => {
    const ik = k.ik();
    if (!ik) throw new Error('no kamer:ik');
    return ik.id;
  };
  /** Let every client catch up with the latest broadcast of the facilitator's view. */
  const gelijk = async () => {
    const doel = JSON.stringify(stripTijd(fac.toestand()));
    await waitFor(() => alle().every((k) => JSON.stringify(stripTijd(k.toestand())) === doel), 5_000, 'all clients agree');
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const stripTijd = (t: any) => (t ? { ...t, serverTijd: 0, aanwezigen: undefined } : t);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ronde = (k: KamerClient, rondeId: string): any => k.toestand()?.rondes?.find((r: { id: string }) => r.id === rondeId);

  it('sends kamer:toestand on connect, in the contract shape', async () => {
    for (const k of alle()) {
      const first = k.events.find((e) => e.name === 'kamer:toestand');
      expect(first, 'kamer:toestand on connect').toBeDefined();
      const parsed = KamerToestand.safeParse(first?.args[0]);
      expect(parsed.success, JSON.stringify(parsed.error?.issues ?? []).slice(0, 800)).toBe(true);
    }
    const t = fac.toestand();
    expect(t.status).toBe('gepland');
    expect(t.werkvorm).toBeNull();
    expect(t.timer).toEqual({ eindeOp: null, gepauzeerdMetResterend: null });
    expect(t.rondes).toEqual([]);
    expect(t.handen).toEqual([]);
    expect(t.klaar).toEqual([]);
    expect(Math.abs(t.serverTijd - Date.now())).toBeLessThan(10_000);

    await fac.waitForToestand(
      (s) => ['Ayse Demir', 'Bram de Vries'].every((n) => s.aanwezigen.some((a: { naam: string; online: boolean }) => a.naam === n && a.online)),
      5_000,
      'both participants present and online',
    );
    const ayse = fac.toestand().aanwezigen.find((a: { naam: string }) => a.naam === 'Ayse Demir');
    expect(ayse).toMatchObject({ id: id(p1), naam: 'Ayse Demir', organisatie: 'Gemeente Utrecht', rol: 'uitvoering', soort: 'deelnemer', online: true });
    expect(fac.toestand().aanwezigen.find((a: { id: string }) => a.id === id(fac))).toMatchObject({ soort: 'begeleider' });
    expect(fac.ik()).toMatchObject({ soort: 'begeleider' });
    expect(p1.ik()).toMatchObject({ soort: 'deelnemer', naam: 'Ayse Demir' });
    expect(obs.ik()).toMatchObject({ soort: 'waarnemer' });
  });

  it('refuses facilitator events from a participant with a Dutch error and leaves the state unchanged', async () => {
    const open = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Alleen voor de autorisatietest' });
    expectAckOk(open, 'facilitator ronde:open');
    const rondeId = String(open.rondeId);
    await gelijk();
    const voor = JSON.stringify(stripTijd(fac.toestand()));
    const sinds = fac.events.length;

    for (const k of [p1, obs]) {
      expectAckFout(await k.emitAck('werkvorm:kies', { werkvorm: 'actieleren', stap: 2 }), 'participant werkvorm:kies');
      expectAckFout(await k.emitAck('ronde:open', { soort: 'prive', titel: 'Mag niet' }), 'participant ronde:open');
      expectAckFout(await k.emitAck('ronde:onthul', { rondeId }), 'participant ronde:onthul');
      expectAckFout(await k.emitAck('ronde:sluit', { rondeId }), 'participant ronde:sluit');
      expectAckFout(await k.emitAck('timer:start', { seconden: 60 }), 'participant timer:start');
      expectAckFout(await k.emitAck('timer:verleng', { seconden: 60 }), 'participant timer:verleng');
      expectAckFout(await k.emitAck('timer:stop', {}), 'participant timer:stop');
      expectAckFout(await k.emitAck('volg:zet', { aan: true }), 'participant volg:zet');
      expectAckFout(await k.emitAck('loting:trek', { aantal: 1 }), 'participant loting:trek');
    }
    // a round trip through the server after the refusals
    expectAckOk(await fac.emitAck('klaar:zet', { klaar: false }), 'facilitator klaar:zet');
    await sleep(100);
    for (const e of fac.events.slice(sinds).filter((x) => x.name === 'kamer:toestand')) {
      expect(JSON.stringify(stripTijd(e.args[0]))).toBe(voor);
    }
    expect(JSON.stringify(stripTijd(fac.toestand()))).toBe(voor);
    expect(ronde(fac, rondeId)?.status).toBe('open');
    expect(fac.toestand().werkvorm).toBeNull();
    expect(fac.toestand().status).toBe('gepland');
    expect(fac.events.slice(sinds).some((e) => e.name === 'ronde:onthuld' || e.name === 'ronde:uitslag')).toBe(false);
    // tidy: close the auth-test round
    expectAckOk(await fac.emitAck('ronde:sluit', { rondeId }), 'facilitator ronde:sluit');
  });

  it("the facilitator's werkvorm:kies makes the bijeenkomst live for everyone", async () => {
    expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'opening' }), 'werkvorm:kies opening');
    for (const k of alle()) {
      await k.waitForToestand((t) => t.status === 'live' && t.werkvorm === 'opening', 5_000, 'live + opening');
    }
    const bk = await bea.api.get(`/api/bijeenkomsten/${bijeenkomst}`);
    expect(bk.status).toBe(200);
    expect(bk.json?.status).toBe('live');
    expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'actieleren', stap: 3 }), 'werkvorm:kies actieleren 3');
    for (const k of alle()) {
      await k.waitForToestand((t) => t.werkvorm === 'actieleren' && t.stap === 3, 5_000, 'actieleren stap 3');
    }
  });

  it('private round: no byte of an answer reaches anyone else before ronde:onthul; after it everyone gets all answers', async () => {
    const open = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Antwoorden in één minuut' });
    expectAckOk(open, 'ronde:open prive');
    const rondeId = String(open.rondeId);
    expect(rondeId.length).toBeGreaterThan(0);
    for (const k of alle()) await k.waitForToestand((t) => ronde(k, rondeId)?.status === 'open', 5_000, 'round open');

    const geheim1 = `GEHEIM1${randomUUID().replace(/-/g, '')}`;
    const geheim2 = `GEHEIM2${randomUUID().replace(/-/g, '')}`;
    const geheimF = `GEHEIMF${randomUUID().replace(/-/g, '')}`;
    expectAckOk(await p1.emitAck('ronde:inzending', { rondeId, tekst: `Idee van Ayse: ${geheim1}` }), 'p1 inzending');
    expectAckOk(await p2.emitAck('ronde:inzending', { rondeId, tekst: `Idee van Bram: ${geheim2}` }), 'p2 inzending');
    expectAckOk(await fac.emitAck('ronde:inzending', { rondeId, tekst: `Idee van Bea: ${geheimF}` }), 'fac inzending');
    // An observer is read-only.
    expectAckFout(await obs.emitAck('ronde:inzending', { rondeId, tekst: 'waarnemer' }), 'observer inzending');
    // Overwriting one's own answer is fine and also private.
    const geheim1b = `GEHEIM1B${randomUUID().replace(/-/g, '')}`;
    expectAckOk(await p1.emitAck('ronde:inzending', { rondeId, tekst: `Beter idee: ${geheim1b}` }), 'p1 overwrites');

    for (const k of alle()) await k.waitForToestand((t) => ronde(k, rondeId)?.aantalInzendingen === 3, 5_000, '3 submissions counted');
    await sleep(200);

    const lekken: string[] = [];
    const check = (k: KamerClient, naam: string, verboden: string[]) => {
      const alles = k.everything();
      for (const g of verboden) if (alles.includes(g)) lekken.push(`${naam} received ${g.slice(0, 8)}`);
    };
    check(fac, 'facilitator', [geheim1, geheim1b, geheim2]);
    check(p1, 'participant 1', [geheim2, geheimF]);
    check(p2, 'participant 2', [geheim1, geheim1b, geheimF]);
    check(obs, 'observer', [geheim1, geheim1b, geheim2, geheimF]);
    expect(lekken, 'private answers leaked before ronde:onthul').toEqual([]);
    for (const k of alle()) expect(k.events.some((e) => e.name === 'ronde:onthuld')).toBe(false);

    // Reconnecting (a second tab of Ayse) gives back her own answer only.
    const ayseOpnieuw = kamerClient(server.url, bijeenkomst, c1Cookie);
    extra.push(ayseOpnieuw);
    await ayseOpnieuw.ready();
    const [mijn] = (await ayseOpnieuw.waitForEvent('ronde:mijn', (a) => (a[0] as { rondeId?: string })?.rondeId === rondeId, 5_000)) as [
      { tekst?: string },
    ];
    expect(mijn.tekst).toContain(geheim1b);
    check(ayseOpnieuw, 'participant 1 reconnected', [geheim2, geheimF]);
    ayseOpnieuw.close();

    // A participant joining late sees nothing either.
    const laat = kamerClient(server.url, bijeenkomst, await join(server.url, traject.joinToken, 'Laat Komer', 'Werkgever', 'management'));
    extra.push(laat);
    await laat.ready();
    await sleep(200);
    check(laat, 'late participant', [geheim1, geheim1b, geheim2, geheimF]);
    expect(lekken, 'private answers leaked to a late joiner').toEqual([]);

    expectAckOk(await fac.emitAck('ronde:onthul', { rondeId }), 'ronde:onthul');
    for (const k of [...alle(), laat]) {
      const [body] = (await k.waitForEvent('ronde:onthuld', (a) => (a[0] as { rondeId?: string })?.rondeId === rondeId, 5_000)) as [
        { rondeId: string; inzendingen: { auteur: string; tekst: string }[] },
      ];
      const teksten = body.inzendingen.map((i) => i.tekst).join('\n');
      expect(teksten).toContain(geheim1b);
      expect(teksten).toContain(geheim2);
      expect(teksten).toContain(geheimF);
      expect(teksten, 'the overwritten answer is not revealed').not.toContain(geheim1);
      expect(body.inzendingen).toHaveLength(3);
      const auteurs = body.inzendingen.map((i) => i.auteur).sort();
      expect(auteurs).toEqual([id(p1), id(p2), id(fac)].sort());
      await k.waitForToestand((t) => ronde(k, rondeId)?.status === 'onthuld', 5_000, 'status onthuld');
    }
    // The recorders do see answer text once it is sent: the leak check above could have failed.
    expect(fac.raw.join('\n')).toContain(geheim2);
    expect(obs.raw.join('\n')).toContain(geheim1b);
    // After the reveal, new answers are refused.
    expectAckFout(await p2.emitAck('ronde:inzending', { rondeId, tekst: 'te laat' }), 'inzending after onthul');
  });

  it('vote round with budget 3: budget enforced across options, no counts before ronde:sluit, right counts after', async () => {
    const open = await fac.emitAck('ronde:open', { soort: 'stemmen', titel: 'Welk idee werken we uit?', opties: ['Idee A', 'Idee B', 'Idee C'], budget: 3 });
    expectAckOk(open, 'ronde:open stemmen');
    const rondeId = String(open.rondeId);
    for (const k of alle()) await k.waitForToestand((t) => ronde(k, rondeId)?.status === 'open', 5_000, 'vote round open');
    expect(ronde(p1, rondeId).opties).toEqual(['Idee A', 'Idee B', 'Idee C']);
    const sinds = new Map(alle().map((k) => [k, k.events.length]));

    // Ayse: 2 on A, 1 on B = 3; more is refused.
    expectAckOk(await p1.emitAck('ronde:stem', { rondeId, optie: 0, aantal: 2 }), 'p1 A=2');
    expectAckOk(await p1.emitAck('ronde:stem', { rondeId, optie: 1, aantal: 1 }), 'p1 B=1');
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: 2, aantal: 1 }), 'p1 C=1 beyond budget');
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: 1, aantal: 2 }), 'p1 B=2 beyond budget');
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: 0, aantal: 4 }), 'p1 A=4 beyond budget');
    // Bram: 3 on C, then 1 on A is refused; lowering C to 2 frees a dot for A.
    expectAckOk(await p2.emitAck('ronde:stem', { rondeId, optie: 2, aantal: 3 }), 'p2 C=3');
    expectAckFout(await p2.emitAck('ronde:stem', { rondeId, optie: 0, aantal: 1 }), 'p2 A=1 beyond budget');
    expectAckOk(await p2.emitAck('ronde:stem', { rondeId, optie: 2, aantal: 2 }), 'p2 C=2');
    expectAckOk(await p2.emitAck('ronde:stem', { rondeId, optie: 0, aantal: 1 }), 'p2 A=1');
    // Bea: 1 on B.
    expectAckOk(await fac.emitAck('ronde:stem', { rondeId, optie: 1, aantal: 1 }), 'fac B=1');
    // Nonsense and observers.
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: 3, aantal: 0 }), 'option out of range');
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: -1, aantal: 1 }), 'negative option');
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: 0, aantal: -1 }), 'negative count');
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: 0, aantal: 1.5 }), 'fractional count');
    expectAckFout(await obs.emitAck('ronde:stem', { rondeId, optie: 0, aantal: 1 }), 'observer votes');
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId: randomUUID(), optie: 0, aantal: 1 }), 'unknown round');
    await sleep(200);

    // Before sluit: no uitslag; rounds in the state carry no counts; ronde:mijn only one's own.
    const publiekeVelden = new Set(['id', 'soort', 'titel', 'status', 'aantalInzendingen', 'opties', 'budget']);
    // The most each person ever had on an option; anything above that in their ronde:mijn is someone else's.
    const ooit = new Map<KamerClient, Record<number, number>>([
      [p1, { 0: 2, 1: 1 }],
      [p2, { 0: 1, 2: 3 }],
      [fac, { 1: 1 }],
      [obs, {}],
    ]);
    for (const k of alle()) {
      const nieuw = k.events.slice(sinds.get(k));
      expect(nieuw.some((e) => e.name === 'ronde:uitslag'), 'ronde:uitslag before sluit').toBe(false);
      for (const e of nieuw) {
        if (e.name === 'kamer:toestand') {
          const r = (e.args[0] as { rondes: { id: string }[] }).rondes.find((x) => x.id === rondeId);
          expect(Object.keys(r ?? {}).filter((key) => !publiekeVelden.has(key)), 'extra fields on a public round').toEqual([]);
        } else if (e.name === 'ronde:mijn') {
          const b = e.args[0] as { rondeId: string; stemmen?: Record<string, number> };
          if (b.rondeId !== rondeId || !b.stemmen) continue;
          const mijn = ooit.get(k) ?? {};
          for (const [optie, aantal] of Object.entries(b.stemmen)) {
            expect(aantal, `ronde:mijn for ${k.ik()?.naam} option ${optie}`).toBeLessThanOrEqual(mijn[Number(optie)] ?? 0);
          }
        } else {
          expect(JSON.stringify(e.args), `${e.name} mentions the vote round before sluit`).not.toContain(rondeId);
        }
      }
    }
    // the last ronde:mijn a participant got is exactly their own votes
    const laatsteMijn = (k: KamerClient) =>
      [...k.events].reverse().find((e) => e.name === 'ronde:mijn' && (e.args[0] as { rondeId: string }).rondeId === rondeId && (e.args[0] as { stemmen?: unknown }).stemmen)
        ?.args[0] as { stemmen: Record<string, number> } | undefined;
    for (const [k, mijn] of [[p1, { 0: 2, 1: 1 }], [p2, { 0: 1, 2: 2 }]] as const) {
      const m = laatsteMijn(k);
      if (m) {
        const genormaliseerd = Object.fromEntries(Object.entries(m.stemmen).filter(([, n]) => n > 0).map(([o, n]) => [Number(o), n]));
        expect(genormaliseerd).toEqual(mijn);
      }
    }

    expectAckOk(await fac.emitAck('ronde:sluit', { rondeId }), 'ronde:sluit');
    for (const k of alle()) {
      const [body] = (await k.waitForEvent('ronde:uitslag', (a) => (a[0] as { rondeId?: string })?.rondeId === rondeId, 5_000)) as [
        { rondeId: string; stemmen: Record<string, number> },
      ];
      const totaal = [0, 1, 2].map((o) => Number(body.stemmen[String(o)] ?? 0));
      expect(totaal, `uitslag at ${k.ik()?.naam}`).toEqual([3, 2, 2]);
      await k.waitForToestand((t) => ronde(k, rondeId)?.status === 'gesloten', 5_000, 'vote round gesloten');
    }
    expectAckFout(await p1.emitAck('ronde:stem', { rondeId, optie: 2, aantal: 0 }), 'vote after sluit');
  });

  it('timer start / verleng / pauzeer / stop on server time', async () => {
    expectAckOk(await fac.emitAck('timer:start', { seconden: 60 }), 'timer:start 60');
    const t1 = await fac.waitForToestand((t) => t.timer.eindeOp !== null, 5_000, 'timer running');
    expect(t1.timer.gepauzeerdMetResterend).toBeNull();
    const rest1 = t1.timer.eindeOp - t1.serverTijd;
    expect(rest1).toBeGreaterThan(55_000);
    expect(rest1).toBeLessThanOrEqual(60_000);
    expect(Math.abs(t1.timer.eindeOp - (Date.now() + 60_000))).toBeLessThan(10_000);
    for (const k of alle()) await k.waitForToestand((t) => t.timer.eindeOp === t1.timer.eindeOp, 5_000, 'same eindeOp');

    expectAckOk(await fac.emitAck('timer:verleng', { seconden: 60 }), 'timer:verleng 60');
    const t2 = await fac.waitForToestand((t) => t.timer.eindeOp !== null && t.timer.eindeOp !== t1.timer.eindeOp, 5_000, 'timer extended');
    expect(t2.timer.eindeOp - t1.timer.eindeOp).toBeGreaterThanOrEqual(59_000);
    expect(t2.timer.eindeOp - t1.timer.eindeOp).toBeLessThanOrEqual(61_000);

    expectAckOk(await fac.emitAck('timer:pauzeer', {}), 'timer:pauzeer');
    const t3 = await fac.waitForToestand((t) => t.timer.gepauzeerdMetResterend !== null, 5_000, 'timer paused');
    expect(t3.timer.eindeOp).toBeNull();
    expect(t3.timer.gepauzeerdMetResterend).toBeGreaterThan(110_000);
    expect(t3.timer.gepauzeerdMetResterend).toBeLessThanOrEqual(120_000);
    for (const k of alle()) await k.waitForToestand((t) => t.timer.gepauzeerdMetResterend === t3.timer.gepauzeerdMetResterend, 5_000, 'paused everywhere');

    expectAckOk(await fac.emitAck('timer:stop', {}), 'timer:stop');
    for (const k of alle()) {
      await k.waitForToestand((t) => t.timer.eindeOp === null && t.timer.gepauzeerdMetResterend === null, 5_000, 'timer stopped');
    }
    expectAckFout(await fac.emitAck('timer:start', { seconden: 0 }), 'timer:start 0 s');
    expectAckFout(await fac.emitAck('timer:start', { seconden: -5 }), 'timer:start negative');
    expectAckFout(await fac.emitAck('timer:verleng', {}), 'timer:verleng without seconden');
  });

  it('hand:op / hand:neer and klaar:zet are reflected; observers cannot', async () => {
    expectAckOk(await p1.emitAck('hand:op', {}), 'p1 hand:op');
    for (const k of alle()) await k.waitForToestand((t) => t.handen.includes(id(p1)), 5_000, 'hand up');
    expectAckOk(await p1.emitAck('hand:neer', {}), 'p1 hand:neer');
    for (const k of alle()) await k.waitForToestand((t) => !t.handen.includes(id(p1)), 5_000, 'hand down');

    expectAckOk(await p2.emitAck('klaar:zet', { klaar: true }), 'p2 klaar');
    for (const k of alle()) await k.waitForToestand((t) => t.klaar.includes(id(p2)), 5_000, 'klaar');
    expectAckOk(await p2.emitAck('klaar:zet', { klaar: false }), 'p2 niet klaar');
    for (const k of alle()) await k.waitForToestand((t) => !t.klaar.includes(id(p2)), 5_000, 'niet klaar');

    const sinds = fac.events.length;
    expectAckFout(await obs.emitAck('hand:op', {}), 'observer hand:op');
    expectAckFout(await obs.emitAck('klaar:zet', { klaar: true }), 'observer klaar:zet');
    await sleep(150);
    for (const e of fac.events.slice(sinds).filter((x) => x.name === 'kamer:toestand')) {
      const t = e.args[0] as { handen: string[]; klaar: string[] };
      expect(t.handen).not.toContain(id(obs));
      expect(t.klaar).not.toContain(id(obs));
    }
    expect(fac.toestand().handen).not.toContain(id(obs));
  });

  it('malformed payloads are refused or ignored and the server keeps serving', async () => {
    const k = kamerClient(server.url, bijeenkomst, bea.cookie);
    extra.push(k);
    await k.ready();
    const voor = JSON.stringify(stripTijd(fac.toestand()));

    const slecht: Array<[string, unknown]> = [
      ['werkvorm:kies', {}],
      ['werkvorm:kies', { werkvorm: 'onbekend' }],
      ['werkvorm:kies', { werkvorm: 42 }],
      ['werkvorm:kies', { werkvorm: 'opening', stap: 'twee' }],
      ['werkvorm:kies', { werkvorm: 'opening', stap: -1 }],
      ['werkvorm:kies', 'opening'],
      ['werkvorm:kies', null],
      ['werkvorm:kies', [1, 2, 3]],
      ['werkvorm:kies', 12],
      ['ronde:open', { soort: 'prive' }],
      ['ronde:open', { soort: 'geheim', titel: 'x' }],
      ['ronde:open', { soort: 'prive', titel: 'x'.repeat(100_000) }],
      ['ronde:open', { soort: 'stemmen', titel: 'x', opties: 'A,B', budget: 3 }],
      ['ronde:open', { soort: 'stemmen', titel: 'x', opties: ['A'], budget: 'drie' }],
      ['ronde:open', { soort: 'stemmen', titel: 'x', opties: ['A'], budget: 1e9 }],
      ['ronde:inzending', { rondeId: randomUUID(), tekst: 'onbekende ronde' }],
      ['ronde:inzending', { rondeId: 'x', tekst: 'y'.repeat(20_000) }],
      ['ronde:inzending', { tekst: 'zonder ronde' }],
      ['ronde:stem', { rondeId: 'x' }],
      ['ronde:stem', { rondeId: { $ne: null }, optie: 0, aantal: 1 }],
      ['ronde:sluit', {}],
      ['ronde:onthul', { rondeId: '../../etc/passwd' }],
      ['timer:start', { seconden: 'zestig' }],
      ['timer:start', { seconden: 1e12 }],
      ['timer:verleng', { seconden: null }],
      ['klaar:zet', { klaar: 'ja' }],
      ['klaar:zet', {}],
      ['volg:zet', { aan: 'ja' }],
      ['loting:trek', { aantal: 1000 }],
    ];
    for (const [event, body] of slecht) {
      expectAckFout(await k.emitAck(event, body), `${event} ${JSON.stringify(body)?.slice(0, 60)}`);
    }
    // An event whose only argument is the ack callback: an {error} ack, or ignored.
    const zonderBody = await k.emitAck('ronde:open', undefined, 2_000).catch((err: Error): Ack => ({ genegeerd: err.message }));
    if (!('genegeerd' in zonderBody)) expectAckFout(zonderBody, 'ronde:open without body');

    // No ack callback: must not crash anything.
    k.socket.emit('werkvorm:kies', { werkvorm: 'onbekend' });
    k.socket.emit('ronde:open', { soort: 'prive', titel: 'zonder ack' });
    k.socket.emit('hand:op');
    k.socket.emit('klaar:zet');
    // Unknown event, with and without ack.
    k.socket.emit('bestaat:niet', { x: 1 });
    const onbekend = await k.emitAck('bestaat:niet', { x: 1 }, 3_000).catch((err: Error): Ack => ({ timeout: err.message }));
    expect(onbekend.ok, `unknown event: ${JSON.stringify(onbekend)}`).not.toBe(true);

    // Still serving: ack round trip, new connection, health.
    expectAckOk(await k.emitAck('klaar:zet', { klaar: false }), 'after the garbage');
    const herstel = kamerClient(server.url, bijeenkomst, bea.cookie);
    extra.push(herstel);
    await herstel.ready();
    const health = await api(server.url).get('/api/health');
    expect(health.json).toEqual({ ok: true });
    // The garbage changed no server-decided state except an ack-less "zonder ack" round, if accepted.
    const na = stripTijd(fac.toestand());
    const voorObj = JSON.parse(voor);
    expect(na.werkvorm).toBe(voorObj.werkvorm);
    expect(na.stap).toBe(voorObj.stap);
    expect(na.timer).toEqual(voorObj.timer);
    expect(na.rondes.filter((r: { titel: string }) => r.titel !== 'zonder ack')).toEqual(voorObj.rondes);
  });

  it('a huge message (> 1 MB) is refused or drops only that connection; the server keeps serving', async () => {
    const k = kamerClient(server.url, bijeenkomst, bea.cookie);
    extra.push(k);
    await k.ready();
    const antwoord = await k
      .emitAck('ronde:inzending', { rondeId: 'x', tekst: 'z'.repeat(2_000_000) }, 5_000)
      .catch((err: Error): Ack => ({ dropped: err.message }));
    expect(antwoord.ok, JSON.stringify(antwoord).slice(0, 200)).not.toBe(true);
    if ('error' in antwoord) expectAckFout(antwoord, 'huge inzending');

    const health = await api(server.url).get('/api/health');
    expect(health.json).toEqual({ ok: true });
    const herstel = kamerClient(server.url, bijeenkomst, bea.cookie);
    extra.push(herstel);
    await herstel.ready();
    expectAckOk(await fac.emitAck('klaar:zet', { klaar: false }), 'other connections unaffected');
  });
});
