import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActie, addSpeerpunt, addSucces, readActies, setActieStatus, setCheckAct } from '../../lib/sync';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  waitFor,
  yjsClient,
  type Api,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
  type YjsClient,
} from '../helpers/clients';
import { expectAckOk, expectFout } from '../helpers/asserts';

const run = promisify(execFile);

/** Whitespace-insensitive text, as pdftotext and LibreOffice wrap lines. */
const plat = (t: string) => t.replace(/\s+/g, ' ');

/**
 * The verslag (issue 5): a group fills a bijeenkomst through the real server,
 * the begeleider closes it, and the verslag downloads as Markdown, DOCX (read
 * back by LibreOffice) and PDF (read back by pdftotext), 1–3 pages.
 */
describe('verslag', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let b1: string;
  let b2: string;
  let werk: string;
  const kamers: KamerClient[] = [];
  const docs: YjsClient[] = [];
  const deelnemers: { naam: string; organisatie: string; rol: string; api: Api; cookie: string; id: string }[] = [];
  let waarnemer: Api;
  let gekozen: string;
  let geheim: string;
  const acties: string[] = [];

  const intentie = 'Samen scherp krijgen waar het schuurt voor cliënten met € 10.000 schuld';
  const titel = 'Werkplaats Coördinatie Zuidoost';

  beforeAll(async () => {
    server = await startServer();
    werk = await mkdtemp(path.join(tmpdir(), 'leerbord-verslag-'));
    bea = await setupBegeleider(server.url, { naam: 'Bea Begeleider' });
    traject = await nieuwTraject(bea.api, { titel });
    b1 = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-03-14T09:30:00.000Z', intentie });
    b2 = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-04-11T08:30:00.000Z', intentie: 'De route toetsen aan nieuwe casussen' });
    for (const [naam, organisatie, rol] of [
      ['Ayşe Demir', 'Gemeente Utrecht', 'uitvoering'],
      ['Bram de Vries', 'Kredietbank Nederland', 'beleid'],
      ['Chloë Jansen', 'Cliëntenraad', 'ervaringsdeskundige'],
      ['Daan Noëlle', 'Sociaal Werk De Brug', 'management'],
    ] as const) {
      const d = await joinVolledig(server.url, traject.joinToken, naam, organisatie, rol);
      deelnemers.push({ naam, organisatie, rol, api: d.api, cookie: d.cookie, id: '' });
    }
    const obs = await joinVolledig(server.url, traject.waarnemerToken, 'Wim Waarnemer', 'Provincie Utrecht');
    waarnemer = obs.api;
    kamers.push(kamerClient(server.url, b1, bea.cookie), ...deelnemers.map((d) => kamerClient(server.url, b1, d.cookie)), kamerClient(server.url, b1, obs.cookie));
    await Promise.all(kamers.map((k) => k.ready()));
    await waitFor(() => kamers.every((k) => k.ik() !== undefined), 10_000, 'kamer:ik');
    deelnemers.forEach((d, i) => (d.id = kamers[i + 1]!.ik()!.id));
  });

  afterAll(async () => {
    for (const k of kamers) k.close();
    for (const d of docs) d.destroy();
    await server?.dispose();
    // VERSLAG_BEWAAR=1 keeps the downloads (DOCX, PDF, LibreOffice text) to look at.
    if (werk && process.env.VERSLAG_BEWAAR) console.log(`[verslag] downloads in ${werk}`);
    else if (werk) await rm(werk, { recursive: true, force: true });
  });

  const fac = () => kamers[0]!;
  const ctx = { newId: () => crypto.randomUUID(), now: () => Date.now() };
  const verbind = async (room: string, cookie: string) => {
    const c = yjsClient(server.url, room, cookie);
    docs.push(c);
    await c.waitForSync();
    return c;
  };

  it('fills a bijeenkomst as a group would: opening, actieleren, afsluiting', async () => {
    const trajectDoc = (await verbind(`traject:${traject.id}`, bea.cookie)).doc;
    const bord = (await verbind(`bijeenkomst:${b1}`, bea.cookie)).doc;
    const ayseTraject = (await verbind(`traject:${traject.id}`, deelnemers[0]!.cookie)).doc;
    const bramBord = (await verbind(`bijeenkomst:${b1}`, deelnemers[1]!.cookie)).doc;

    // Before this bijeenkomst: two actions from the traject page, one since done.
    const eerder = addActie(trajectDoc, { wat: 'Werkgevers in de regio bellen', wie: 'Bram', wanneer: '2030-03-01' }, ctx);
    const folder = addActie(trajectDoc, { wat: 'Folder herschrijven in B1-taal', wie: 'Daan' }, ctx);
    if (!eerder.ok || !folder.ok) throw new Error('actie niet toegevoegd');
    setActieStatus(trajectDoc, eerder.id, 'gedaan');
    setActieStatus(trajectDoc, folder.id, 'bezig');
    const sp = addSpeerpunt(trajectDoc, { titel: 'Vroegsignalering via werkgevers', trekker: 'Bram', doelstelling: '15 werkgevers melden signalen' }, ctx);
    if (!sp.ok) throw new Error('speerpunt niet toegevoegd');

    // Opening: Check and Act on the speerpunt.
    expectAckOk(await fac().emitAck('werkvorm:kies', { werkvorm: 'opening', stap: 2 }), 'opening');
    setCheckAct(bord, sp.id, { resultaat: '12 van de 15 werkgevers bereikt', besluit: 'doorgaan' });

    // Actieleren: texts in the bijeenkomst doc, decisions and rounds over socket.io.
    expectAckOk(await fac().emitAck('werkvorm:kies', { werkvorm: 'actieleren', stap: 1 }), 'actieleren');
    const [ayse, bram, chloe, daan] = deelnemers as [typeof deelnemers[0], typeof deelnemers[0], typeof deelnemers[0], typeof deelnemers[0]];
    expectAckOk(await fac().emitAck('werkvorm:zet', { werkvorm: 'actieleren', waarden: { casusinbrenger: ayse.id, samenvatter: bram.id } }), 'zet');
    bramBord.transact(() => {
      const al = bramBord.getMap<unknown>('actieleren');
      al.set('casusTitel', new Y.Text('Meneer K. en de loonbeslag-spiraal'));
      al.set('casus', new Y.Text('Een werkzoekende (45) vindt werk; het eerste loon gaat op aan beslag.'));
      al.set('reflectievraag', new Y.Text('Hoe voorkomen we dat een nieuwe baan leidt tot meer schulden?'));
      al.set('dialoog', new Y.Text('Notities van de dialoog'));
      al.set('samenvatting', new Y.Text('De groep wil de beslagvrije voet direct herberekenen zodra iemand gaat werken.'));
      al.set('aanscherpingen', new Y.Map());
    }, 'test');

    const antwoorden = await fac().emitAck('ronde:open', { soort: 'prive', titel: 'Antwoorden in één minuut' });
    expectAckOk(antwoorden, 'antwoordronde');
    const ideeen = [
      ['Beslagvrije voet direct herberekenen bij indiensttreding', 'Werkgever als vast contactpunt'],
      ['Budgetcoach in de eerste drie maanden'],
      ['Schuldeisers vooraf informeren', 'Eén gesprek met alle partijen'],
      ['Infoblad voor werkgevers'],
    ];
    for (const [i, d] of deelnemers.entries()) {
      expectAckOk(await kamers[i + 1]!.emitAck('ronde:inzending', { rondeId: antwoorden.rondeId, tekst: ideeen[i]!.join('\n') }), `inzending ${d.naam}`);
    }
    expectAckOk(await fac().emitAck('ronde:onthul', { rondeId: antwoorden.rondeId }), 'onthul');
    const opties = ideeen.flat();
    gekozen = opties[0]!;
    const stem = await fac().emitAck('ronde:open', { soort: 'stemmen', titel: 'Ideeën selecteren', opties, budget: 3 });
    expectAckOk(stem, 'stemronde');
    for (const [i, keuzes] of [[0, 0, 1], [0, 2], [0, 3, 3], [1, 0]].entries()) {
      const telling = new Map<number, number>();
      for (const k of keuzes) telling.set(k, (telling.get(k) ?? 0) + 1);
      for (const [optie, aantal] of telling) expectAckOk(await kamers[i + 1]!.emitAck('ronde:stem', { rondeId: stem.rondeId, optie, aantal }), 'stem');
    }
    expectAckOk(await fac().emitAck('ronde:sluit', { rondeId: stem.rondeId }), 'sluit stemronde');
    expectAckOk(
      await fac().emitAck('werkvorm:zet', {
        werkvorm: 'actieleren',
        waarden: { antwoordRonde: antwoorden.rondeId, stemRonde: stem.rondeId, gekozenIdee: { tekst: gekozen, stemmen: 5 } },
      }),
      'gekozen idee',
    );
    const aanscherpingen = bramBord.getMap<unknown>('actieleren').get('aanscherpingen') as Y.Map<unknown>;
    bramBord.transact(() => {
      const a = new Y.Map<unknown>();
      a.set('tekst', 'Ook de Belastingdienst meenemen in de route');
      a.set('auteurId', chloe.id);
      a.set('auteur', chloe.naam);
      a.set('aangemaakt', Date.now());
      aanscherpingen.set('a1', a);
    }, 'test');
    for (const [wat, wie] of [
      ['Route beslagvrije voet uitwerken met het UWV', bram.naam],
      ['Checklist eerste werkdag opstellen', daan.naam],
    ] as const) {
      const r = addActie(ayseTraject, { wat, wie, wanneer: '2030-04-01', bijeenkomstId: b1, werkvorm: 'actieleren' }, ctx);
      expect(r.ok).toBe(true);
      acties.push(wat);
    }

    // Afsluiting: actions, a succes, a quiet reflectie where one person keeps theirs private.
    expectAckOk(await fac().emitAck('werkvorm:kies', { werkvorm: 'afsluiting' }), 'afsluiting');
    for (const [wat, wie] of [
      ['Cliëntenraad om feedback vragen op de checklist', chloe.naam],
      ['Naïeve vragen bundelen voor het loket (€ 0 kosten)', ayse.naam],
    ] as const) {
      addActie(ayseTraject, { wat, wie, wanneer: 'voor de zomer', bijeenkomstId: b1, werkvorm: 'afsluiting' }, ctx);
      acties.push(wat);
    }
    addSucces(ayseTraject, { tekst: 'Meneer K. heeft zijn eerste volle loon ontvangen', bijeenkomstId: b1 }, ctx);
    const reflectie = await fac().emitAck('ronde:open', { soort: 'prive', titel: 'Reflectie', delenOptioneel: true });
    expectAckOk(reflectie, 'reflectie');
    geheim = 'Dit houd ik liever voor mezelf';
    expectAckOk(await kamers[3]!.emitAck('ronde:inzending', { rondeId: reflectie.rondeId, tekst: 'Mooi om mét in plaats van óver cliënten te praten', delen: true }), 'deel');
    expectAckOk(await kamers[4]!.emitAck('ronde:inzending', { rondeId: reflectie.rondeId, tekst: geheim, delen: false }), 'niet delen');
    expectAckOk(await fac().emitAck('ronde:onthul', { rondeId: reflectie.rondeId }), 'onthul reflectie');
    expectAckOk(await fac().emitAck('werkvorm:zet', { werkvorm: 'afsluiting', waarden: { reflectieRonde: reflectie.rondeId } }), 'reflectieronde');

    // Everything the clients wrote has reached the server: a fresh reader sees it.
    const lezer = await verbind(`traject:${traject.id}`, bea.cookie);
    await waitFor(() => readActies(lezer.doc).length === 6, 10_000, 'all acties on the server');
    const bordLezer = await verbind(`bijeenkomst:${b1}`, bea.cookie);
    await waitFor(() => (bordLezer.doc.getMap('actieleren').get('aanscherpingen') as Y.Map<unknown> | undefined)?.size === 1, 10_000, 'board on the server');
  });

  it('answers 409 before afsluiten', async () => {
    expectFout(await bea.api.get(`/api/bijeenkomsten/${b1}/verslag?format=pdf`), [409], 'verslag before afsluiten');
    expectFout(await bea.api.get(`/api/bijeenkomsten/${b1}/verslag/tekst`), [409], 'tekst before afsluiten');
  });

  it('closes; participants and observers get 403 until it is shared', async () => {
    const res = await bea.api.post(`/api/bijeenkomsten/${b1}/afsluiten`, {});
    expect(res.status, res.text).toBe(200);
    expectFout(await deelnemers[0]!.api.get(`/api/bijeenkomsten/${b1}/verslag?format=md`), [403], 'participant');
    expectFout(await waarnemer.get(`/api/bijeenkomsten/${b1}/verslag?format=pdf`), [403], 'observer');
    expectFout(await api(server.url).get(`/api/bijeenkomsten/${b1}/verslag`), [401], 'nobody');
    expectFout(await bea.api.get(`/api/bijeenkomsten/${b1}/verslag?format=odt`), [400], 'format');
  });

  const verwacht = () => [
    titel,
    intentie,
    ...deelnemers.flatMap((d) => [d.naam, d.organisatie]),
    'Meneer K. en de loonbeslag-spiraal',
    'Hoe voorkomen we dat een nieuwe baan leidt tot meer schulden?',
    gekozen,
    ...acties,
    'Folder herschrijven in B1-taal',
    'Meneer K. heeft zijn eerste volle loon ontvangen',
    'Mooi om mét in plaats van óver cliënten te praten',
  ];
  const nietVerwacht = () => ['Wim Waarnemer', geheim, 'Een werkzoekende (45)', 'Notities van de dialoog'];

  async function download(client: Api, pad: string): Promise<{ bytes: Buffer; type: string; disp: string }> {
    const res = await fetch(server.url + pad, { headers: { cookie: client.cookie() } });
    expect(res.status, pad).toBe(200);
    return { bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? '', disp: res.headers.get('content-disposition') ?? '' };
  }

  async function docxTekst(bytes: Buffer, naam: string): Promise<string> {
    const bestand = path.join(werk, `${naam}.docx`);
    await writeFile(bestand, bytes);
    const { stderr } = await run('soffice', [`-env:UserInstallation=file://${werk}/lo-profiel`, '--headless', '--convert-to', 'txt:Text', '--outdir', werk, bestand], {
      timeout: 120_000,
    });
    expect(stderr).not.toMatch(/error/i);
    return readFile(path.join(werk, `${naam}.txt`), 'utf8');
  }

  async function pdfTekst(bytes: Buffer, naam: string): Promise<{ tekst: string; paginas: number }> {
    const bestand = path.join(werk, `${naam}.pdf`);
    await writeFile(bestand, bytes);
    const { stdout: tekst } = await run('pdftotext', ['-enc', 'UTF-8', bestand, '-']);
    const { stdout: info } = await run('pdfinfo', [bestand]);
    return { tekst, paginas: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0) };
  }

  it('downloads Markdown with a Dutch file name', async () => {
    const { bytes, type, disp } = await download(bea.api, `/api/bijeenkomsten/${b1}/verslag?format=md`);
    expect(type).toBe('text/markdown; charset=utf-8');
    expect(disp).toBe(
      `attachment; filename="Verslag bijeenkomst 1 - Werkplaats Coordinatie Zuidoost - 2030-03-14.md"; ` +
        `filename*=UTF-8''Verslag%20bijeenkomst%201%20%E2%80%93%20Werkplaats%20Co%C3%B6rdinatie%20Zuidoost%20%E2%80%93%202030-03-14.md`,
    );
    const md = plat(bytes.toString('utf8'));
    for (const t of verwacht()) expect(md).toContain(plat(t));
    for (const t of nietVerwacht()) expect(md).not.toContain(t);
  });

  it('downloads a DOCX that LibreOffice converts, holding the same text', async () => {
    const { bytes, type, disp } = await download(bea.api, `/api/bijeenkomsten/${b1}/verslag?format=docx`);
    expect(type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(disp).toMatch(/^attachment; filename=".+\.docx"; filename\*=UTF-8''Verslag%20bijeenkomst%201%20.+\.docx$/);
    const tekst = plat(await docxTekst(bytes, 'verslag'));
    for (const t of verwacht()) expect(tekst).toContain(plat(t));
    for (const t of nietVerwacht()) expect(tekst).not.toContain(t);
  });

  it('downloads a PDF of one to three pages holding the same text', async () => {
    const { bytes, type, disp } = await download(bea.api, `/api/bijeenkomsten/${b1}/verslag?format=pdf`);
    expect(type).toBe('application/pdf');
    expect(disp).toMatch(/filename\*=UTF-8''Verslag%20bijeenkomst%201%20.+\.pdf$/);
    const { tekst, paginas } = await pdfTekst(bytes, 'verslag');
    expect(paginas).toBeGreaterThanOrEqual(1);
    expect(paginas).toBeLessThanOrEqual(3);
    for (const t of verwacht()) expect(plat(tekst)).toContain(plat(t));
    for (const t of nietVerwacht()) expect(tekst).not.toContain(t);
  });

  it('the begeleider edits the text; downloads follow the edit; regenerate brings the board back', async () => {
    const oud = await bea.api.get(`/api/bijeenkomsten/${b1}/verslag/tekst`);
    expect(oud.status).toBe(200);
    expect(oud.json).toMatchObject({ bewerkt: false, bewerktOp: null, gedeeld: false });
    const nieuw = `${oud.json.tekst}\n## Nagekomen\n\nDe gemeente betaalt de ëxtra uren (€ 1.200).\n`;
    expectFout(await deelnemers[0]!.api.request('PUT', `/api/bijeenkomsten/${b1}/verslag/tekst`, { json: { tekst: nieuw } }), [403], 'participant edit');
    expectFout(await bea.api.request('PUT', `/api/bijeenkomsten/${b1}/verslag/tekst`, { json: { tekst: '   ' } }), [400], 'empty');
    const opslaan = await bea.api.request('PUT', `/api/bijeenkomsten/${b1}/verslag/tekst`, { json: { tekst: nieuw } });
    expect(opslaan.status, opslaan.text).toBe(200);
    expect(opslaan.json).toMatchObject({ ok: true, bewerkt: true });
    const md = await download(bea.api, `/api/bijeenkomsten/${b1}/verslag?format=md`);
    expect(md.bytes.toString('utf8')).toBe(nieuw);
    const pdf = await pdfTekst((await download(bea.api, `/api/bijeenkomsten/${b1}/verslag?format=pdf`)).bytes, 'bewerkt');
    expect(plat(pdf.tekst)).toContain('De gemeente betaalt de ëxtra uren (€ 1.200).');
    // The next Opening's terugblik reads the verslag as edited.
    const volgende = await bea.api.get(`/api/bijeenkomsten/${b2}`);
    expect(volgende.json.terugblik[0]).toBe(`Vorige keer wilden we: ${intentie}`);
    expect(volgende.json.terugblik[1]).toMatch(/^Afgesproken acties: 4 \(/);

    const opnieuw = await bea.api.post(`/api/bijeenkomsten/${b1}/verslag/opnieuw`, {});
    expect(opnieuw.status, opnieuw.text).toBe(200);
    expect(opnieuw.json).toMatchObject({ bewerkt: false, tekst: oud.json.tekst });
  });

  it('once shared, participants download it', async () => {
    expect((await bea.api.post(`/api/bijeenkomsten/${b1}/verslag/delen`, { gedeeld: true })).status).toBe(200);
    const { type } = await download(deelnemers[2]!.api, `/api/bijeenkomsten/${b1}/verslag?format=pdf`);
    expect(type).toBe('application/pdf');
    expectFout(await deelnemers[2]!.api.get(`/api/bijeenkomsten/${b1}/verslag/tekst`), [403], 'participant tekst');
  });

  it('exports the traject: every verslag, the actielijst and the speerpunten in one DOCX and one PDF', async () => {
    const docx = await download(bea.api, `/api/trajecten/${traject.id}/verslagen?format=docx`);
    expect(docx.disp).toMatch(/filename\*=UTF-8''Verslagen%20%E2%80%93%20Werkplaats%20Co%C3%B6rdinatie%20Zuidoost%20%E2%80%93%20\d{4}-\d{2}-\d{2}\.docx$/);
    const pdf = await download(deelnemers[0]!.api, `/api/trajecten/${traject.id}/verslagen?format=pdf`);
    const teksten = [plat(await docxTekst(docx.bytes, 'traject')), plat((await pdfTekst(pdf.bytes, 'traject')).tekst)];
    for (const tekst of teksten) {
      for (const t of [`Verslagen ${titel}`, 'Vroegsignalering via werkgevers', 'Werkgevers in de regio bellen', ...acties, intentie, gekozen]) {
        expect(tekst).toContain(plat(t));
      }
    }
  });
});
