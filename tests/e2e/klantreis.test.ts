import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { nieuweBijeenkomst, nieuwTraject, setupBegeleider } from '../helpers/clients';
import { launchBrowser, nieuweContext, screenshot } from './fixtures/browser';
import { KlantreisPagina } from './fixtures/klantreis';
import { JoinPagina, KamerPagina } from './fixtures/leerbord';
import { zetCookies } from './fixtures/sessie';
import { ernstigeProblemen } from './fixtures/toegankelijkheid';

/**
 * The Klantreis in three browsers: a begeleider and two participants build one
 * board together. Cards added at the same time in different cells and the same
 * card moved by two people at the same moment end as one identical board on
 * all three screens, before and after a reload. A second test does every card
 * action with the keyboard only.
 */
describe('klantreis samen maken', () => {
  let server: TestServer;
  let browser: Browser;
  let joinUrl: string;
  let bijeenkomstUrl: string;
  let cookie: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const begeleider = await setupBegeleider(server.url, { naam: 'Anna de Vries' });
    const traject = await nieuwTraject(begeleider.api, { titel: 'Werkplaats Schulden Arnhem' });
    const bijeenkomstId = await nieuweBijeenkomst(begeleider.api, traject.id, { intentie: 'De reis van de klant in beeld' });
    joinUrl = traject.joinUrl;
    cookie = begeleider.cookie;
    bijeenkomstUrl = `${server.url}/bijeenkomsten/${bijeenkomstId}`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('drie mensen, één bord: gelijktijdig toevoegen en dezelfde kaart verplaatsen', async (ctx) => {
    const a = await nieuweContext(browser);
    const b = await nieuweContext(browser);
    const c = await nieuweContext(browser);
    ctx.onTestFailed(async () => {
      for (const [naam, x] of [['a', a], ['b', b], ['c', c]] as const) await screenshot(x.page, `fout-klantreis-${naam}`).catch(() => {});
    });

    await zetCookies(a.context, server.url, cookie);
    await a.page.goto(bijeenkomstUrl);
    const kamerA = new KamerPagina(a.page);
    await kamerA.wachtOpVerbinding();
    await kamerA.kiesWerkvorm('Klantreis');
    const reisA = new KlantreisPagina(a.page);
    // No klantreis yet: the form asks who the klant is, with a tip to make the set diverse.
    await a.page.getByText('Nodig zo mogelijk een ervaringsdeskundige uit').waitFor();
    await screenshot(a.page, 'klantreis-01-nieuw');
    await reisA.nieuweKlantreis({
      naam: 'Sandra',
      leeftijd: '27 tot 45 jaar',
      huishouden: 'alleenstaande ouder',
      problematiek: 'Huurachterstand en een betalingsregeling bij de zorgverzekeraar',
      aanleiding: 'Baan verloren na een reorganisatie',
      ervaringsdeskundige: true,
    });

    const kamerB = await new JoinPagina(b.page).kom(joinUrl, { naam: 'Bram Jansen', organisatie: 'Kredietbank Gelderland', rol: 'Uitvoering' });
    const kamerC = await new JoinPagina(c.page).kom(joinUrl, { naam: 'Chloë Bakker', organisatie: 'Sociaal Wijkteam', rol: 'Ervaringsdeskundige' });
    void kamerB;
    void kamerC;
    const reisB = new KlantreisPagina(b.page);
    const reisC = new KlantreisPagina(c.page);
    await reisB.bord('Sandra').waitFor();
    await reisC.bord('Sandra').waitFor();
    await b.page.getByText('Verteld door een ervaringsdeskundige', { exact: true }).waitFor();

    // B and C add cards to different cells at the same time.
    await Promise.all([
      reisB.voegKaartToe('Intake & plan van aanpak', 'knelpunten', 'Acht weken wachttijd voor de intake'),
      reisC.voegKaartToe('Nazorg', 'kansen', 'Buddy van de vrijwilligerscentrale'),
    ]);
    await Promise.all([
      reisB.voegKaartToe('Signaleren', 'klant', 'Post blijft ongeopend liggen'),
      reisC.voegKaartToe('Signaleren', 'contact', 'Huisarts merkt geldzorgen op'),
    ]);
    for (const r of [reisA, reisB, reisC]) {
      await r.kaartIn('Intake & plan van aanpak', 'knelpunten', 'Acht weken wachttijd voor de intake').waitFor();
      await r.kaartIn('Nazorg', 'kansen', 'Buddy van de vrijwilligerscentrale').waitFor();
    }

    // B and C move the same card at the same moment, to different cells.
    const zetB = await reisB.bereidVerplaatsen('Acht weken wachttijd voor de intake', 'Stabilisatie', 'knelpunten');
    const zetC = await reisC.bereidVerplaatsen('Acht weken wachttijd voor de intake', 'Schuldregeling', 'kansen');
    await Promise.all([zetB.verplaats(), zetC.verplaats()]);

    // Everyone ends with the same board: four cards, each once, the moved one in one of the two cells.
    const zelfde = async () => {
      const [x, y, z] = await Promise.all([reisA.inhoud(), reisB.inhoud(), reisC.inhoud()]);
      return JSON.stringify(x) === JSON.stringify(y) && JSON.stringify(y) === JSON.stringify(z) && Object.values(x).flat().length === 4 ? x : null;
    };
    await expect.poll(zelfde, { timeout: 10_000 }).not.toBeNull();
    const bord = (await zelfde())!;
    const kaarten = Object.values(bord).flat();
    expect(new Set(kaarten).size).toBe(4);
    expect(kaarten.filter((k) => k === 'Acht weken wachttijd voor de intake')).toHaveLength(1);
    const waar = Object.entries(bord).find(([, t]) => t.includes('Acht weken wachttijd voor de intake'))?.[0];
    expect(['Knelpunten, Stabilisatie', 'Kansen, Schuldregeling']).toContain(waar);
    expect(bord['Knelpunten, Intake & plan van aanpak']).toBeUndefined();

    // The emotion curve: B scores two phases by keyboard, A sees the values.
    await reisB.emotie('Signaleren').focus();
    await b.page.keyboard.press('ArrowDown');
    await b.page.keyboard.press('ArrowDown');
    await reisB.emotie('Nazorg').focus();
    await b.page.keyboard.press('ArrowUp');
    await expect.poll(() => reisA.emotie('Signaleren').getAttribute('aria-valuenow')).toBe('-2');
    await expect.poll(() => reisA.emotie('Nazorg').getAttribute('aria-valuetext')).toBe('+1: positief');
    // C clicks high in the column of Stabilisatie: +2.
    const kolom = await reisC.emotie('Stabilisatie').evaluate((el) => {
      const r = el.parentElement!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height * 0.12 };
    });
    await c.page.mouse.click(kolom.x, kolom.y);
    await expect.poll(() => reisA.emotie('Stabilisatie').getAttribute('aria-valuenow')).toBe('2');
    const curve = await a.page.getByRole('img', { name: /^Emotiecurve:/ }).getAttribute('aria-label');
    expect(curve).toContain('Signaleren −2');
    expect(curve).toContain('Stabilisatie +2');

    await screenshot(a.page, 'klantreis-02-bord-begeleider');
    await screenshot(b.page, 'klantreis-03-bord-deelnemer');
    expect(await ernstigeProblemen(a.page)).toEqual([]);
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    // A reload shows the same board on every screen.
    await Promise.all([a.page.reload(), b.page.reload(), c.page.reload()]);
    for (const r of [reisA, reisB, reisC]) await r.bord('Sandra').waitFor();
    await expect.poll(async () => JSON.stringify(await reisC.inhoud())).toBe(JSON.stringify(bord));
    expect(await reisA.inhoud()).toEqual(bord);
    expect(await reisB.inhoud()).toEqual(bord);
    expect(await reisA.emotie('Signaleren').getAttribute('aria-valuenow')).toBe('-2');

    // With the mouse, a card is dragged to another cell; the others see it arrive.
    await reisA.kaart('Buddy van de vrijwilligerscentrale').dragTo(reisA.plusKnop('Nazorg', 'contact'));
    await reisC.kaartIn('Nazorg', 'contact', 'Buddy van de vrijwilligerscentrale').waitFor();
    await expect.poll(() => reisB.cel('Nazorg', 'kansen').count()).toBe(0);

    // Phases: the begeleider adds one and moves it forward; everyone sees the new column.
    await a.page.getByRole('button', { name: 'Fasen bewerken' }).click();
    await a.page.getByLabel('Nieuwe fase').fill('Preventie');
    await a.page.getByRole('button', { name: 'Fase toevoegen' }).click();
    for (let i = 0; i < 6; i++) await a.page.getByRole('button', { name: 'Preventie naar links' }).click();
    await expect.poll(() => b.page.getByRole('columnheader').first().textContent()).toBe('Preventie');
    await a.page.getByRole('button', { name: 'Klaar met fasen' }).click();

    // A second klantreis for a different klant; the tabs switch everyone along.
    await a.page.getByRole('button', { name: '+ Nieuwe klantreis' }).click();
    await reisA.nieuweKlantreis({ naam: 'Kees', leeftijd: 'AOW-leeftijd of ouder', huishouden: 'alleenstaand' });
    await reisB.bord('Kees').waitFor();
    await b.page.getByRole('button', { name: 'Sandra', exact: false }).first().click();
    await reisB.bord('Sandra').waitFor();
    await b.page.getByText('De begeleider toont: Kees').waitFor();
    await screenshot(b.page, 'klantreis-04-andere-reis-deelnemer');
    await b.page.getByRole('button', { name: 'Terug naar begeleider' }).click();
    await reisB.bord('Kees').waitFor();

    for (const x of [a, b, c]) await x.context.close();
  });

  it('alles met het toetsenbord: kaart toevoegen, verplaatsen, bewerken en verwijderen', async (ctx) => {
    const d = await nieuweContext(browser);
    ctx.onTestFailed(async () => {
      await screenshot(d.page, 'fout-klantreis-toetsenbord').catch(() => {});
    });
    await new JoinPagina(d.page).kom(joinUrl, { naam: 'Dirk de Wit', organisatie: 'Gemeente Arnhem', rol: 'Beleid' });
    const reis = new KlantreisPagina(d.page);
    const kb = d.page.keyboard;
    // Show Sandra's klantreis (the begeleider left Kees on screen).
    await d.page.getByRole('button', { name: 'Sandra' }).focus();
    await kb.press('Enter');
    await reis.bord('Sandra').waitFor();

    // Add: Enter on the cell's add button, type, Enter. Focus lands on the new card.
    await reis.plusKnop('Intake & plan van aanpak', 'knelpunten').focus();
    await kb.press('Enter');
    await kb.type('Papieren kwijt bij de verhuizing');
    await kb.press('Enter');
    const kaart = reis.kaart('Papieren kwijt bij de verhuizing');
    await reis.kaartIn('Intake & plan van aanpak', 'knelpunten', 'Papieren kwijt bij de verhuizing').waitFor();
    await expect.poll(() => kaart.evaluate((el) => el === document.activeElement)).toBe(true);

    // Move: Alt+arrow goes to the neighbouring cell and keeps focus on the card.
    await kb.press('Alt+ArrowRight');
    await reis.kaartIn('Stabilisatie', 'knelpunten', 'Papieren kwijt bij de verhuizing').waitFor();
    await expect.poll(() => kaart.evaluate((el) => el === document.activeElement)).toBe(true);
    await kb.press('Alt+ArrowDown');
    await reis.kaartIn('Stabilisatie', 'kansen', 'Papieren kwijt bij de verhuizing').waitFor();
    await kb.press('Alt+ArrowUp');
    await kb.press('Alt+ArrowUp');
    await reis.kaartIn('Stabilisatie', 'contact', 'Papieren kwijt bij de verhuizing').waitFor();
    expect(d.page.url()).toBe(bijeenkomstUrl);

    // Move with the move panel: Tab to its button, pick a cell with the keyboard.
    await kb.press('Tab');
    await expect.poll(() => d.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Verplaats: Papieren kwijt bij de verhuizing');
    await kb.press('Enter'); // the panel opens with focus on its phase list
    await kb.press('End'); // last phase: Nazorg
    await kb.press('Tab');
    await kb.press('End'); // last lane: Kansen
    await kb.press('Tab');
    await kb.press('Enter');
    await reis.kaartIn('Nazorg', 'kansen', 'Papieren kwijt bij de verhuizing').waitFor();
    await expect.poll(() => kaart.evaluate((el) => el === document.activeElement)).toBe(true);

    // Edit: Enter on the card opens its text; Enter saves.
    await kb.press('Enter');
    await kb.press('ControlOrMeta+a');
    await kb.type('Papieren kwijt, DigiD werkt niet');
    await kb.press('Enter');
    const bewerkt = reis.kaartIn('Nazorg', 'kansen', 'Papieren kwijt, DigiD werkt niet');
    await bewerkt.waitFor();
    await expect.poll(() => bewerkt.evaluate((el) => el === document.activeElement)).toBe(true);

    // Promote: Tab to "Naar de lange lijst" and press Enter.
    await kb.press('Tab');
    await kb.press('Tab');
    await kb.press('Tab');
    await expect.poll(() => d.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Naar de lange lijst: Papieren kwijt, DigiD werkt niet');
    await kb.press('Enter');
    await reis.cel('Nazorg', 'kansen').getByText('Op de lange lijst').first().waitFor();

    // Delete: Shift+Tab back to the card, Delete removes it; focus goes to the cell's add button.
    await bewerkt.focus();
    await kb.press('Delete');
    await expect.poll(() => reis.kaartIn('Nazorg', 'kansen', 'Papieren kwijt, DigiD werkt niet').count()).toBe(0);
    await expect
      .poll(() => d.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Kaart toevoegen: kans bij Nazorg');
    await d.page.getByRole('status').filter({ hasText: 'Kaart verwijderd.' }).waitFor();

    // The emotion curve by keyboard: End sets +2, Delete clears.
    await reis.emotie('Intake & plan van aanpak').focus();
    await kb.press('End');
    await expect.poll(() => reis.emotie('Intake & plan van aanpak').getAttribute('aria-valuenow')).toBe('2');
    await kb.press('Delete');
    await expect.poll(() => reis.emotie('Intake & plan van aanpak').getAttribute('aria-valuetext')).toBe('nog niet ingevuld');
    await screenshot(d.page, 'klantreis-05-toetsenbord');
    expect(await ernstigeProblemen(d.page)).toEqual([]);
    await d.context.close();
  });
});
