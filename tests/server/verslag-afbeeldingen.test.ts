import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesPng } from '../../lib/verslag/afbeelding';
import { schrijfNulmetingAntwoord, type NulmetingScores } from '../../lib/werkvormen/nulmeting/schema';
import { expectAckOk, expectFout } from '../helpers/asserts';
import {
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  waitFor,
  type Api,
  type Begeleider,
  type Deelname,
  type NieuwTraject,
} from '../helpers/clients';
import { chunk, maakPng } from '../helpers/png';
import { startServer, type TestServer } from '../helpers/server';
import { unzip } from '../helpers/zip';

const run = promisify(execFile);
/** Where a person can look at what the verslag draws (not kept by git). */
const UITVOER = path.resolve('test-results', 'verslag-afbeeldingen');

/** `pdfimages -list`: one row per image in the PDF, with its page and pixel size. */
async function pdfBeelden(pdf: string): Promise<{ pagina: number; breedte: number; hoogte: number }[]> {
  const { stdout } = await run('pdfimages', ['-list', pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((r) => r.trim().split(/\s+/))
    .filter((k) => k.length > 4 && k[2] === 'image')
    .map((k) => ({ pagina: Number(k[0]), breedte: Number(k[3]), hoogte: Number(k[4]) }));
}

/**
 * Images in the verslag (issues 7 and 10), through the real server: the
 * nulmeting plot drawn at afsluiten, the vrij bord uploaded by the
 * begeleider, both in DOCX (word/media), PDF (pdfimages), Markdown (data:
 * URI) and as a page image; every bad upload a Dutch 4xx.
 *
 * Reproduce: `npx vitest run --project server tests/server/verslag-afbeeldingen.test.ts`
 */
describe('verslag images', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let ayse: Deelname;
  let bram: Deelname;
  let wim: Deelname;
  let b1: string;
  let b2: string;

  const scores: NulmetingScores[] = [
    { scores: { pdca: 1, weten: 3, willen: 4, kunnen: 2, mogen: 2 }, opmerking: 'We meten nog te weinig.' },
    { scores: { pdca: 2, weten: 3, willen: 4, kunnen: 3 }, opmerking: '' },
  ];

  const verslag = (b: string, formaat: string, a: Api = bea.api) => fetch(`${server.url}/api/bijeenkomsten/${b}/verslag?format=${formaat}`, { headers: { cookie: a.cookie() } });
  const bewaar = async (naam: string, res: Response) => {
    expect(res.status).toBe(200);
    const bestand = path.join(UITVOER, naam);
    await writeFile(bestand, Buffer.from(await res.arrayBuffer()));
    return bestand;
  };
  const upload = (b: string, body: Uint8Array | string, a: Api = bea.api, type = 'image/png') =>
    a.request('PUT', `/api/bijeenkomsten/${b}/verslag/vrij-bord`, { body: typeof body === 'string' ? body : new Uint8Array(body), headers: { 'content-type': type } });

  beforeAll(async () => {
    await mkdir(UITVOER, { recursive: true });
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api, { titel: 'Werkplaats Vroegsignalering Zuid' });
    b1 = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-03-14T09:30:00.000Z' });
    b2 = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-04-11T09:30:00.000Z' });
    ayse = await joinVolledig(server.url, traject.joinToken, 'Ayşe Demir', 'Gemeente Utrecht', 'uitvoering');
    bram = await joinVolledig(server.url, traject.joinToken, 'Bram de Vries', 'Kredietbank Nederland', 'beleid');
    wim = await joinVolledig(server.url, traject.waarnemerToken, 'Wim Waarnemer', 'Provincie');
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('a nulmeting run gives a verslag with the plot as an image and a table with the submitted numbers, in every format', async () => {
    const fac = kamerClient(server.url, b1, bea.cookie);
    const p1 = kamerClient(server.url, b1, ayse.cookie);
    const p2 = kamerClient(server.url, b1, bram.cookie);
    try {
      await Promise.all([fac.ready(), p1.ready(), p2.ready()]);
      await waitFor(() => [fac, p1, p2].every((k) => k.ik() !== undefined), 10_000, 'kamer:ik');
      expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'nulmeting', stap: 0 }), 'kies nulmeting');
      const open = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Nulmeting', anoniem: true });
      expectAckOk(open, 'ronde:open');
      const ronde = String(open.rondeId);
      expectAckOk(await fac.emitAck('werkvorm:zet', { werkvorm: 'nulmeting', waarden: { ronde } }), 'zet');
      for (const k of [p1, p2]) await k.waitForToestand((t) => t.rondes.some((r: { id: string }) => r.id === ronde), 5_000, 'round open');
      expectAckOk(await p1.emitAck('ronde:inzending', { rondeId: ronde, tekst: schrijfNulmetingAntwoord(scores[0]!) }), 'p1');
      expectAckOk(await p2.emitAck('ronde:inzending', { rondeId: ronde, tekst: schrijfNulmetingAntwoord(scores[1]!) }), 'p2');
      await fac.waitForToestand((t) => t.rondes.find((r: { id: string }) => r.id === ronde)?.aantalInzendingen === 2, 5_000, 'two in');
      expectAckOk(await fac.emitAck('ronde:onthul', { rondeId: ronde }), 'onthul');
    } finally {
      for (const k of [fac, p1, p2]) k.close();
    }
    expect((await bea.api.post(`/api/bijeenkomsten/${b1}/afsluiten`, {})).status).toBe(200);

    // The editable text names the image; the numbers are in the table beside it.
    const tekst = (await bea.api.get(`/api/bijeenkomsten/${b1}/verslag/tekst`)).json.tekst as string;
    expect(tekst).toMatch(/^!\[Stippenplot van de nulmeting: .+\]\(afbeelding:nulmeting "De nulmeting per item: .+"\)$/m);
    expect(tekst).toMatch(/\| PDCA-cyclus \| Bijeenkomst 1 \| ● 1 \| ● 1 \| +\| +\| 1,5 \|/);
    expect(tekst).toMatch(/\| Willen \| Bijeenkomst 1 \| +\| +\| +\| ●● 2 \| 4 \|/);
    expect(tekst).toMatch(/\| Mogen \| Bijeenkomst 1 \| +\| ● 1 \| +\| +\| 2 \|/);

    // The PNG itself: made on the server, twice the figure's size.
    const beeld = await fetch(`${server.url}/api/bijeenkomsten/${b1}/verslag/afbeeldingen/nulmeting`, { headers: { cookie: bea.cookie } });
    expect(beeld.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await beeld.arrayBuffer());
    expect(leesPng(png)).toMatchObject({ ok: true, breedte: 1440 });
    await writeFile(path.join(UITVOER, 'nulmeting-plot.png'), png);

    // Markdown: one self-contained file, the same PNG as a data: URI.
    const md = await (await verslag(b1, 'md')).text();
    expect(md).toContain(`](data:image/png;base64,${png.toString('base64')} "`);
    expect(md).toMatch(/\| PDCA-cyclus \| Bijeenkomst 1 \| ● 1 \| ● 1 \|/);

    // DOCX: the same PNG in word/media, with the alt text.
    const docx = unzip(new Uint8Array(await (await verslag(b1, 'docx')).arrayBuffer()));
    const media = [...docx.keys()].filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(1);
    expect(docx.get(media[0]!)?.equals(png)).toBe(true);
    expect(docx.get('word/document.xml')?.toString('utf8')).toContain('descr="Stippenplot van de nulmeting');

    // PDF: one image of that size; the pages as pictures to look at.
    const pdf = await bewaar('nulmeting.pdf', await verslag(b1, 'pdf'));
    expect(await pdfBeelden(pdf)).toEqual([expect.objectContaining({ breedte: 1440, hoogte: png.readUInt32BE(20) })]);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    expect(stdout).toContain('De nulmeting per item');
    await run('pdftoppm', ['-png', '-r', '60', pdf, path.join(UITVOER, 'nulmeting-pagina')]);
    expect((await readdir(UITVOER)).some((f) => f.startsWith('nulmeting-pagina'))).toBe(true);
  });

  it('the vrij bord taken in before afsluiten goes into the verslag at afsluiten, in every format', async () => {
    const bord = maakPng(1200, 700);
    const res = await upload(b2, bord);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ ok: true, breedte: 1200, hoogte: 700, verslag: 'bij-afsluiten' });
    // Again (the board changed): replaced, not added.
    expect((await upload(b2, bord)).status).toBe(200);
    expect((await bea.api.post(`/api/bijeenkomsten/${b2}/afsluiten`, {})).status).toBe(200);

    const tekst = await bea.api.get(`/api/bijeenkomsten/${b2}/verslag/tekst`);
    expect(tekst.json.vrijBord).toBe(true);
    expect(tekst.json.tekst).toContain('## Bijlage: het vrij bord');
    expect(tekst.json.tekst).toContain('](afbeelding:vrij-bord "Het vrij bord van bijeenkomst 2.")');

    const md = await (await verslag(b2, 'md')).text();
    expect(md).toContain(`](data:image/png;base64,${bord.toString('base64')} "`);
    const docx = unzip(new Uint8Array(await (await verslag(b2, 'docx')).arrayBuffer()));
    const media = [...docx.keys()].filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media.map((n) => docx.get(n)?.equals(bord))).toEqual([true]);
    const pdf = await bewaar('vrij-bord.pdf', await verslag(b2, 'pdf'));
    const beelden = await pdfBeelden(pdf);
    expect(beelden).toEqual([expect.objectContaining({ breedte: 1200, hoogte: 700 })]);
    // The appendix starts on a page of its own.
    expect(beelden[0]!.pagina).toBeGreaterThan(1);
  });

  it('after afsluiten: a generated verslag is made again with the board, an edited one keeps its edits and gets the appendix', async () => {
    // Generated: out and in again.
    expect((await bea.api.del(`/api/bijeenkomsten/${b2}/verslag/vrij-bord`)).json).toEqual({ ok: true, verwijderd: true });
    const zonder = await bea.api.get(`/api/bijeenkomsten/${b2}/verslag/tekst`);
    expect(zonder.json).toMatchObject({ vrijBord: false, bewerkt: false });
    expect(zonder.json.tekst).not.toContain('afbeelding:vrij-bord');
    expect((await upload(b2, maakPng(300, 200))).json.verslag).toBe('opnieuw-gemaakt');
    expect((await bea.api.get(`/api/bijeenkomsten/${b2}/verslag/tekst`)).json.tekst).toContain('afbeelding:vrij-bord');

    // Edited: the edit stays, the appendix is added once, and taken out again.
    expect((await bea.api.del(`/api/bijeenkomsten/${b2}/verslag/vrij-bord`)).status).toBe(200);
    const eigen = `${zonder.json.tekst}\nEen zin die de begeleider toevoegde.\n`;
    expect((await bea.api.request('PUT', `/api/bijeenkomsten/${b2}/verslag/tekst`, { json: { tekst: eigen } })).status).toBe(200);
    expect((await upload(b2, maakPng(300, 200))).json.verslag).toBe('aangevuld');
    expect((await upload(b2, maakPng(320, 200))).json.verslag).toBe('aangevuld');
    const met = (await bea.api.get(`/api/bijeenkomsten/${b2}/verslag/tekst`)).json;
    expect(met).toMatchObject({ bewerkt: true, vrijBord: true });
    expect(met.tekst).toContain('Een zin die de begeleider toevoegde.');
    expect(met.tekst.split('afbeelding:vrij-bord')).toHaveLength(2);
    expect((await bea.api.del(`/api/bijeenkomsten/${b2}/verslag/vrij-bord`)).status).toBe(200);
    const weer = (await bea.api.get(`/api/bijeenkomsten/${b2}/verslag/tekst`)).json;
    expect(weer.tekst).toContain('Een zin die de begeleider toevoegde.');
    expect(weer.tekst).not.toContain('Bijlage: het vrij bord');
    expect((await bea.api.del(`/api/bijeenkomsten/${b2}/verslag/vrij-bord`)).json).toEqual({ ok: true, verwijderd: false });
  });

  it('bad uploads get a Dutch 4xx, never a 500; participants and observers may not', async () => {
    const goed = maakPng(200, 100);
    expectFout(await upload(b2, 'dit is geen afbeelding'), [400], 'not a PNG');
    expectFout(await upload(b2, Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')), [400], 'a GIF');
    expectFout(await upload(b2, goed.subarray(0, goed.length - 30)), [400], 'truncated');
    expectFout(await upload(b2, goed.subarray(0, 16)), [400], 'truncated in the header');
    expectFout(await upload(b2, new Uint8Array()), [400], 'empty');
    const kapot = Buffer.from(goed);
    kapot[50] = (kapot[50] ?? 0) ^ 0xff;
    expectFout(await upload(b2, kapot), [400], 'damaged (CRC)');
    // Valid chunks, CRCs right, but the pixel data is not deflate / too short.
    const ihdr = goed.subarray(8, 33);
    const iend = goed.subarray(goed.length - 12);
    const handtekening = goed.subarray(0, 8);
    expectFout(await upload(b2, Buffer.concat([handtekening, ihdr, chunk('IDAT', Buffer.from('geen deflate')), iend])), [400], 'IDAT not deflate');
    expectFout(await upload(b2, Buffer.concat([handtekening, ihdr, chunk('IDAT', deflateSync(Buffer.alloc(100))), iend])), [400], 'IDAT short');
    expectFout(await upload(b2, maakPng(9000, 4)), [413], 'too wide');
    const groot = Buffer.concat([goed, Buffer.alloc(9 * 1024 * 1024)]);
    expectFout(await upload(b2, groot), [413], 'too large (9 MB)');
    expectFout(await upload(b2, goed, bea.api, 'application/json'), [415], 'wrong content-type');
    expectFout(await upload(b2, goed, bea.api, 'image/jpeg'), [415], 'jpeg content-type');
    expectFout(await upload(b2, goed, ayse.api), [403], 'participant');
    expectFout(await upload(b2, goed, wim.api), [403], 'observer');
    expectFout(await ayse.api.del(`/api/bijeenkomsten/${b2}/verslag/vrij-bord`), [403], 'participant deletes');
    expectFout(await upload('bestaat-niet', goed), [404], 'unknown bijeenkomst');
    expectFout(await bea.api.request('PUT', `/api/bijeenkomsten/${b2}/verslag/vrij-bord`, { body: new Uint8Array(goed), headers: { 'content-type': 'image/png' }, noCookies: true }), [401], 'no cookie');
    // Nothing of that was stored.
    expect((await bea.api.get(`/api/bijeenkomsten/${b2}/verslag/tekst`)).json.vrijBord).toBe(false);
  });

  it('participants see the images only once the verslag is shared; unknown names are a 404', async () => {
    const pad = `/api/bijeenkomsten/${b1}/verslag/afbeeldingen/nulmeting`;
    expectFout(await ayse.api.get(pad), [403], 'before sharing');
    expect((await bea.api.post(`/api/bijeenkomsten/${b1}/verslag/delen`, { gedeeld: true })).status).toBe(200);
    const res = await ayse.api.get(pad);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expectFout(await bea.api.get(`/api/bijeenkomsten/${b1}/verslag/afbeeldingen/vrij-bord`), [404], 'no vrij bord here');
    expectFout(await bea.api.get(`/api/bijeenkomsten/${b1}/verslag/afbeeldingen/..%2Fgeheim`), [404], 'unknown name');
    // The shared Markdown a participant downloads carries the plot.
    expect(await (await verslag(b1, 'md', ayse.api)).text()).toContain('](data:image/png;base64,');
  });
});
