import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { nieuweBijeenkomst, nieuwTraject, setupBegeleider, type Begeleider } from '../helpers/clients';
import { launchBrowser, nieuweContext, screenshot } from './fixtures/browser';
import { JoinPagina, KamerPagina } from './fixtures/leerbord';
import { zetCookies } from './fixtures/sessie';
import { ernstigeProblemen } from './fixtures/toegankelijkheid';
import { KletspotPagina, NulmetingBord, VraagstukBord } from './fixtures/vraagstuk';

type Context = Awaited<ReturnType<typeof nieuweContext>>;

/** Item names as the form shows them (seed 001), by key. */
const ITEM = {
  pdca: 'Het doorlopen van de PDCA-cyclus',
  wwkm: 'Aandacht voor weten, willen, kunnen en mogen',
  weten: 'Weten',
  willen: 'Willen',
  kunnen: 'Kunnen',
  mogen: 'Mogen',
} as const;

/**
 * Issue 7 in real Chromium: a begeleider and two participants run the
 * Vraagstuk (leernetwerk cards and a werkplaats's gezamenlijk vraagstuk), the
 * Nulmeting twice (the dot plot's dots and medians checked against the scores
 * typed in, the second run beside the first) and the Kletspot. Screenshots at
 * 1366×768 go to test-results/screenshots/.
 */
describe('vraagstuk, nulmeting en kletspot in de browser', () => {
  let server: TestServer;
  let browser: Browser;
  let bea: Begeleider;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    bea = await setupBegeleider(server.url, { naam: 'Anna de Vries' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function begeleiderIn(bijeenkomstId: string, ctx?: Context): Promise<{ x: Context; kamer: KamerPagina }> {
    const x = ctx ?? (await nieuweContext(browser));
    if (!ctx) await zetCookies(x.context, server.url, bea.cookie);
    await x.page.goto(`${server.url}/bijeenkomsten/${bijeenkomstId}`);
    const kamer = new KamerPagina(x.page);
    await kamer.wachtOpVerbinding();
    return { x, kamer };
  }

  it('leernetwerk: vraagstuk met eigen kaarten, nulmeting twee keer, kletspot', async (ctx) => {
    const traject = await nieuwTraject(bea.api, {
      type: 'leernetwerk',
      titel: 'Leernetwerk Zelfstandigen en schulden',
      thema: 'Zelfstandigen en schulden',
    });
    const eerste = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-03-14T09:30:00.000Z', intentie: 'Elkaars vraagstuk leren kennen' });
    const tweede = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-04-11T09:30:00.000Z', intentie: 'Waar staan we nu?' });

    const { x: a, kamer: kamerA } = await begeleiderIn(eerste);
    const b = await nieuweContext(browser);
    const c = await nieuweContext(browser);
    ctx.onTestFailed(async () => {
      for (const [naam, x] of [['a', a], ['b', b], ['c', c]] as const) await screenshot(x.page, `fout-vraagstuk-${naam}`).catch(() => {});
    });
    await kamerA.kiesWerkvorm('Vraagstuk');
    await new JoinPagina(b.page).kom(traject.joinUrl, { naam: 'Ayse Demir', organisatie: 'Gemeente Utrecht', rol: 'Uitvoering' });
    await new JoinPagina(c.page).kom(traject.joinUrl, { naam: 'Bram de Vries', organisatie: 'Kredietbank Nederland', rol: 'Beleid' });
    const [va, vb, vc] = [new VraagstukBord(a.page), new VraagstukBord(b.page), new VraagstukBord(c.page)];

    // --- Vraagstuk: write privately.
    await b.page.getByText('De begeleider start zo de schrijfronde.').waitFor();
    await a.page.getByRole('button', { name: 'Start de schrijfronde' }).click();
    await vb.schrijf({
      probleem: 'Zelfstandigen met schulden melden zich pas als de Belastingdienst beslag legt.',
      waarom: 'Dan is het bedrijf vaak niet meer te redden en groeit de schuld snel.',
      doel: 'Binnen een jaar de helft eerder in beeld via de KvK en de boekhouder.',
    });
    await vc.schrijf({
      probleem: 'De kredietbank kan ondernemers niet helpen zolang het bedrijf draait.',
      waarom: 'Ondernemers vallen tussen wal en schip.',
      doel: 'Een route voor ondernemers met schulden in de regio.',
    });
    await a.page.getByText('2 van 2 deelnemers hebben ingeleverd').waitFor();
    // The begeleider sees how many, not what.
    await expect(a.page.getByText('Belastingdienst').count()).resolves.toBe(0);
    await expect(c.page.getByText('Belastingdienst').count()).resolves.toBe(0);
    await screenshot(b.page, '70-vraagstuk-schrijven-deelnemer');
    await screenshot(a.page, '71-vraagstuk-schrijven-begeleider');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    // --- Reveal: side by side for everyone, with name, organisation and rol.
    await a.page.getByRole('button', { name: 'Laat alle vraagstukken zien' }).click();
    for (const v of [va, vb, vc]) {
      await v.stap('Naast elkaar').waitFor();
      await v.naastElkaar.getByRole('article', { name: 'Ayse Demir' }).getByText('Belastingdienst').waitFor();
      await v.naastElkaar.getByRole('article', { name: 'Bram de Vries' }).getByText('Kredietbank Nederland · Beleid').waitFor();
    }
    await screenshot(c.page, '72-vraagstuk-naast-elkaar');
    expect(await ernstigeProblemen(c.page)).toEqual([]);

    // --- Leernetwerk: everyone keeps an own card; only the owner can change it.
    await a.page.getByRole('button', { name: 'Naar de eigen vraagstukkaarten' }).click();
    await vb.stap('Vastleggen').waitFor();
    const eigen = b.page.getByRole('form', { name: 'Mijn vraagstukkaart' });
    await expect.poll(() => eigen.getByLabel('Wat is het probleem?').inputValue()).toContain('Belastingdienst');
    await eigen.getByLabel('Wat is het probleem?').fill('Zelfstandigen melden zich te laat: pas bij beslag door de Belastingdienst.');
    await eigen.getByRole('button', { name: 'Kaart opslaan' }).click();
    await eigen.getByText('Je vraagstukkaart is opgeslagen.').waitFor();
    // Bram sees Ayse's sharpened card (read-only) within the refresh.
    const ayseBijBram = c.page.getByRole('list', { name: 'Vraagstukkaarten' }).getByRole('article', { name: 'Ayse Demir' });
    await ayseBijBram.getByText('Zelfstandigen melden zich te laat').waitFor({ timeout: 20_000 });
    await expect(ayseBijBram.getByRole('textbox').count()).resolves.toBe(0);
    await screenshot(b.page, '73-vraagstuk-eigen-kaart');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    // --- Nulmeting: private scores.
    await kamerA.kiesWerkvorm('Nulmeting');
    await a.page.getByRole('button', { name: 'Start de nulmeting' }).click();
    const [na, nb, nc] = [new NulmetingBord(a.page), new NulmetingBord(b.page), new NulmetingBord(c.page)];
    await b.page.getByRole('form', { name: 'Nulmeting' }).waitFor();
    await screenshot(b.page, '74-nulmeting-invullen');
    expect(await ernstigeProblemen(b.page)).toEqual([]);
    await nb.vulIn({ [ITEM.pdca]: 2, [ITEM.wwkm]: 3, [ITEM.weten]: 3, [ITEM.willen]: 4, [ITEM.kunnen]: 2, [ITEM.mogen]: 1 }, 'Check en Act slaan we vaak over.');
    await nc.vulIn({ [ITEM.pdca]: 3, [ITEM.wwkm]: 3, [ITEM.weten]: 1, [ITEM.willen]: 4, [ITEM.mogen]: 2 });
    await a.page.getByText('2 van 2 deelnemers hebben ingeleverd').waitFor();
    await a.page.getByRole('button', { name: 'Laat de uitslag zien' }).click();

    // --- The dot plot: one dot per submitted score, the median marked.
    for (const n of [na, nb, nc]) await n.plot('weten').waitFor();
    const verwacht: Record<string, { stippen: Record<string, number>; mediaan: string | null }> = {
      pdca: { stippen: { '2': 1, '3': 1 }, mediaan: '2.5' },
      'weten-willen-kunnen-mogen': { stippen: { '3': 2 }, mediaan: '3' },
      weten: { stippen: { '1': 1, '3': 1 }, mediaan: '2' },
      willen: { stippen: { '4': 2 }, mediaan: '4' },
      kunnen: { stippen: { '2': 1 }, mediaan: '2' },
      mogen: { stippen: { '1': 1, '2': 1 }, mediaan: '1.5' },
      'evidence-informed': { stippen: {}, mediaan: null },
    };
    for (const n of [na, nc]) {
      for (const [item, v] of Object.entries(verwacht)) {
        expect(await n.stippen(item, 'nu'), `${item} dots`).toEqual(v.stippen);
        expect(await n.mediaan(item, 'nu'), `${item} median`).toBe(v.mediaan);
      }
    }
    // The same numbers in the table, the text alternative.
    await a.page.locator('summary', { hasText: 'Uitslag als tabel' }).click();
    const rijWeten = a.page.locator('table.nm-tabel tr[data-item="weten"][data-meting="nu"]');
    expect(await rijWeten.locator('td[data-score]').allTextContents()).toEqual(['1', '0', '1', '0']);
    expect(await rijWeten.locator('td[data-mediaan]').textContent()).toBe('2');
    await b.page.getByText('Check en Act slaan we vaak over.').waitFor();
    await screenshot(a.page, '75-nulmeting-uitslag-begeleider');

    // The begeleider puts one item in focus for everyone.
    await a.page.getByRole('button', { name: 'Bespreek dit item: Weten' }).click();
    await b.page.getByRole('region', { name: 'Weten' }).getByText('In bespreking').waitFor();
    await screenshot(b.page, '76-nulmeting-focus-deelnemer');
    expect(await ernstigeProblemen(b.page)).toEqual([]);
    expect(await ernstigeProblemen(a.page)).toEqual([]);

    // --- Kletspot: Ayse drops an anonymous question from the traject page.
    const ayseTraject = await b.context.newPage();
    await ayseTraject.goto(`${server.url}/trajecten/${traject.id}`);
    const kletspot = new KletspotPagina(ayseTraject);
    await kletspot.stelVraag('Wie wil er eigenlijk op zoek naar een nieuwe baan?');
    await ayseTraject.getByText('Er zit 1 vraag in de kletspot.').waitFor();
    await ayseTraject.getByRole('heading', { name: 'Vraagstukken van de deelnemers' }).waitFor();
    await ayseTraject.getByRole('heading', { name: 'Nulmetingen' }).waitFor();
    await screenshot(ayseTraject, '77-traject-kletspot-kaarten', { volledig: true });
    expect(await ernstigeProblemen(ayseTraject)).toEqual([]);
    await ayseTraject.close();

    // The begeleider draws it blind; it shows full screen for everyone.
    await a.page.getByRole('button', { name: 'Trek een vraag uit de kletspot' }).click();
    const schermC = new KletspotPagina(c.page).scherm;
    await schermC.getByText('Wie wil er eigenlijk op zoek naar een nieuwe baan?').waitFor();
    await screenshot(c.page, '78-kletspot-volledig-scherm');
    expect(await ernstigeProblemen(c.page)).toEqual([]);
    const schermA = new KletspotPagina(a.page).scherm;
    await schermA.getByRole('button', { name: 'Op de agenda van vandaag' }).click();
    await schermA.getByText('Staat op de agenda van vandaag.').first().waitFor();
    await screenshot(a.page, '79-kletspot-begeleider');
    await schermA.getByRole('button', { name: 'Sluiten voor iedereen' }).click();
    await schermC.waitFor({ state: 'detached' });
    await c.page.getByRole('region', { name: 'Vandaag uit de kletspot' }).getByText('nieuwe baan').waitFor();

    // --- Bijeenkomst 2: the nulmeting again, beside the first.
    await begeleiderIn(tweede, a);
    await kamerA.kiesWerkvorm('Nulmeting');
    for (const x of [b, c]) {
      await x.page.goto(`${server.url}/bijeenkomsten/${tweede}`);
      await new KamerPagina(x.page).wachtOpVerbinding();
    }
    await a.page.getByRole('button', { name: 'Start de nulmeting' }).click();
    await nb.vulIn({ [ITEM.pdca]: 3, [ITEM.weten]: 4 });
    await nc.vulIn({ [ITEM.pdca]: 4, [ITEM.weten]: 3 });
    await a.page.getByText('2 van 2 deelnemers hebben ingeleverd').waitFor();
    await a.page.getByRole('button', { name: 'Laat de uitslag zien' }).click();
    await nb.plot('pdca').locator('g[data-meting="eerder"]').waitFor();
    for (const n of [na, nb]) {
      expect(await n.stippen('pdca', 'eerder')).toEqual({ '2': 1, '3': 1 });
      expect(await n.stippen('pdca', 'nu')).toEqual({ '3': 1, '4': 1 });
      expect(await n.mediaan('pdca', 'nu')).toBe('3.5');
      expect(await n.stippen('weten', 'eerder')).toEqual({ '1': 1, '3': 1 });
      expect(await n.stippen('weten', 'nu')).toEqual({ '3': 1, '4': 1 });
    }
    await b.page.getByText('Ter vergelijking staat de meting van bijeenkomst 1 erbij.').waitFor();
    await screenshot(b.page, '80-nulmeting-tweede-keer');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    for (const x of [a, b, c]) expect(x.verzoeken.vreemd(server.url)).toEqual([]);
    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  });

  it('werkplaats: een gezamenlijk vraagstuk, samen getypt, wordt het vraagstuk van het traject', async (ctx) => {
    const traject = await nieuwTraject(bea.api, { type: 'werkplaats', titel: 'Werkplaats Schulden Arnhem' });
    const bijeenkomstId = await nieuweBijeenkomst(bea.api, traject.id);
    const { x: a, kamer: kamerA } = await begeleiderIn(bijeenkomstId);
    const b = await nieuweContext(browser);
    const c = await nieuweContext(browser);
    ctx.onTestFailed(async () => {
      for (const [naam, x] of [['a', a], ['b', b], ['c', c]] as const) await screenshot(x.page, `fout-werkplaats-${naam}`).catch(() => {});
    });
    await kamerA.kiesWerkvorm('Vraagstuk');
    await new JoinPagina(b.page).kom(traject.joinUrl, { naam: 'Fatima el Amrani', organisatie: 'Gemeente Arnhem', rol: 'Management' });
    await new JoinPagina(c.page).kom(traject.joinUrl, { naam: 'Kees Jansen', organisatie: 'Werkgever', rol: 'Anders' });
    await a.page.getByRole('button', { name: 'Start de schrijfronde' }).click();
    await new VraagstukBord(b.page).schrijf({ probleem: 'Werkzoekenden met schulden haken af.', waarom: 'Loonbeslag maakt werken onaantrekkelijk.', doel: 'Werk loont weer.' });
    await new VraagstukBord(c.page).schrijf({ probleem: 'Werkgevers weten niet wat te doen bij loonbeslag.', waarom: 'Ze verliezen goede mensen.', doel: 'Een vast aanspreekpunt.' });
    await a.page.getByRole('button', { name: 'Laat alle vraagstukken zien' }).click();
    await a.page.getByRole('button', { name: 'Naar het gezamenlijk vraagstuk' }).click();

    const veldB = b.page.getByLabel('Ons gezamenlijk vraagstuk');
    await veldB.click();
    await veldB.pressSequentially('Hoe zorgen we dat werk loont voor mensen met schulden?');
    await expect.poll(() => c.page.getByLabel('Ons gezamenlijk vraagstuk').inputValue()).toBe('Hoe zorgen we dat werk loont voor mensen met schulden?');
    await c.page.getByLabel('Ons doel').fill('Een sluitende aanpak tussen gemeente, kredietbank en werkgevers.');
    await expect.poll(() => b.page.getByLabel('Ons doel').inputValue()).toBe('Een sluitende aanpak tussen gemeente, kredietbank en werkgevers.');
    await b.page.getByRole('heading', { name: 'De vraagstukken van iedereen' }).waitFor();
    await screenshot(b.page, '81-vraagstuk-gezamenlijk');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    await a.page.getByRole('button', { name: 'Maak dit het vraagstuk en einddoel van het traject' }).click();
    await a.page.getByText('Het traject heeft nu dit vraagstuk en einddoel.').waitFor();
    const t = await bea.api.get(`/api/trajecten/${traject.id}`);
    expect(t.json).toMatchObject({
      vraagstuk: 'Hoe zorgen we dat werk loont voor mensen met schulden?',
      einddoel: 'Een sluitende aanpak tussen gemeente, kredietbank en werkgevers.',
    });
    await screenshot(a.page, '82-vraagstuk-overgenomen');
    // Participants cannot make it the traject's vraagstuk.
    await expect(b.page.getByRole('button', { name: 'Maak dit het vraagstuk en einddoel van het traject' }).count()).resolves.toBe(0);
    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  });
});
