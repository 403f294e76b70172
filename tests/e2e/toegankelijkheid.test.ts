import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { nl } from '../../lib/i18n/nl';
import { WERKVORMEN, type Werkvorm } from '../../lib/protocol';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, nieuweContext, screenshot } from './fixtures/browser';
import { BegeleiderApp, JoinPagina, KamerPagina } from './fixtures/leerbord';
import { zetCookies } from './fixtures/sessie';
import { ernstigeProblemen } from './fixtures/toegankelijkheid';
import { VrijBordPagina } from './fixtures/vrijBord';

/** 200 % zoom on the 1366×768 laptop: the same page in half the CSS pixels. */
const ZOOM_200 = { width: 683, height: 384 } as const;

/** Axe on the current page, labelled so a failure says where. */
async function geenErnstigeProblemen(page: Page, waar: string): Promise<void> {
  expect(await ernstigeProblemen(page), waar).toEqual([]);
}

async function geenHorizontaleScroll(page: Page, waar: string): Promise<void> {
  const maat = await page.evaluate(() => ({ breed: document.documentElement.scrollWidth, venster: window.innerWidth }));
  expect(maat.breed, `${waar}: scrollWidth ${maat.breed} > innerWidth ${maat.venster}`).toBeLessThanOrEqual(maat.venster);
}

/** The werkvorm's heading on the board: the view has switched. */
async function wachtOpWerkvorm(page: Page, w: Werkvorm): Promise<void> {
  await page.getByRole('heading', { level: 2, name: nl.werkvormen[w], exact: true }).waitFor();
  if (w === 'vrij-bord') await new VrijBordPagina(page).wachtOpCanvas();
  // Let the Yjs docs settle so axe sees the view, not its loading state.
  await page.waitForLoadState('networkidle').catch(() => {});
}

/**
 * WCAG 2.1 AA and the facilitator's laptop: axe on every page and on the
 * first step of every werkvorm for facilitator and participant; the
 * shortcuts and their help dialog by keyboard alone; timer and volg mij in
 * view on a scrolled page; no horizontal scroll at 200 % zoom; screenshots of
 * every werkvorm at 1366×768 (test-results/screenshots/a11y-*.png).
 */
describe('toegankelijkheid', () => {
  let server: TestServer;
  let browser: Browser;
  let begeleiderCookie = '';
  let trajectId = '';
  let bijeenkomstUrl = '';
  let joinUrl = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('elke pagina en elke werkvorm zonder ernstige problemen, met schermafdrukken', async (ctx) => {
    const a = await nieuweContext(browser);
    const b = await nieuweContext(browser);
    ctx.onTestFailed(async () => {
      await screenshot(a.page, 'fout-a11y-begeleider').catch(() => {});
      await screenshot(b.page, 'fout-a11y-deelnemer').catch(() => {});
    });
    const begeleider = new BegeleiderApp(a.page, server.url);

    // Setup, login and the dashboard.
    await a.page.goto(server.url);
    await a.page.waitForURL('**/setup');
    await geenErnstigeProblemen(a.page, 'setup');
    await begeleider.setup({ naam: 'Anna de Vries', email: 'anna@example.nl', wachtwoord: 'een-lang-wachtwoord' });
    await begeleider.uitloggen();
    await geenErnstigeProblemen(a.page, 'login');
    await begeleider.login('anna@example.nl', 'een-lang-wachtwoord');
    await a.page.getByRole('link', { name: 'Nieuw traject' }).waitFor();
    await geenErnstigeProblemen(a.page, 'dashboard');
    await a.page.goto(`${server.url}/trajecten/nieuw`);
    await a.page.getByLabel('Titel').waitFor();
    await geenErnstigeProblemen(a.page, 'nieuw traject');
    await a.page.goto(`${server.url}/trajecten`);

    trajectId = await begeleider.nieuwTraject({
      type: 'Leernetwerk',
      titel: 'Leernetwerk Vroegsignalering Gelderland',
      thema: 'Vroegsignalering van schulden',
      vraagstuk: 'Hoe bereiken we mensen met huurachterstanden voordat de schulden oplopen?',
      einddoel: 'Eén werkwijze voor vroegsignalering met woningcorporaties en energieleveranciers.',
      einddatum: '2026-12-01',
      trekker: 'Fatima el Amrani',
    });
    await begeleider.voegBijeenkomstToe('2026-03-10T13:30', 'Samen het vraagstuk scherp krijgen');
    await geenErnstigeProblemen(a.page, 'trajectpagina begeleider');
    joinUrl = await begeleider.deelnemerslink();

    await begeleider.openBijeenkomst(1);
    bijeenkomstUrl = a.page.url();
    await a.page.getByRole('heading', { name: 'De bijeenkomst begint zo' }).waitFor();
    await geenErnstigeProblemen(a.page, 'kamer wachten begeleider');
    const cookies = await a.context.cookies();
    begeleiderCookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');

    // The participant: join page, waiting room, traject page.
    await b.page.goto(joinUrl);
    await b.page.getByRole('button', { name: 'Naar binnen' }).waitFor();
    await geenErnstigeProblemen(b.page, 'join');
    await new JoinPagina(b.page).kom(joinUrl, { naam: 'Bram Jansen', organisatie: 'Kredietbank Gelderland', rol: 'Uitvoering' });
    await b.page.getByRole('heading', { name: 'De bijeenkomst begint zo' }).waitFor();
    await geenErnstigeProblemen(b.page, 'kamer wachten deelnemer');
    await screenshot(b.page, 'a11y-wachten-deelnemer');
    await b.page.goto(`${server.url}/trajecten/${trajectId}`);
    await b.page.getByRole('heading', { level: 1, name: 'Leernetwerk Vroegsignalering Gelderland' }).waitFor();
    await b.page.waitForLoadState('networkidle').catch(() => {});
    await geenErnstigeProblemen(b.page, 'trajectpagina deelnemer');
    await b.page.goto(bijeenkomstUrl);
    const kamerB = new KamerPagina(b.page);
    await kamerB.wachtOpVerbinding();

    // Every werkvorm's first step, as the facilitator leads it and as the participant sees it.
    const kamerA = new KamerPagina(a.page);
    for (const w of WERKVORMEN) {
      await kamerA.kiesWerkvorm(nl.werkvormen[w]);
      await wachtOpWerkvorm(a.page, w);
      await wachtOpWerkvorm(b.page, w);
      await geenErnstigeProblemen(a.page, `${w} begeleider`);
      await geenErnstigeProblemen(b.page, `${w} deelnemer`);
      await screenshot(a.page, `a11y-${w}-begeleider`);
      await screenshot(b.page, `a11y-${w}-deelnemer`);
    }

    await a.context.close();
    await b.context.close();
  });

  it('de sneltoetsen en hun hulp werken met alleen het toetsenbord', async () => {
    const a = await nieuweContext(browser);
    await zetCookies(a.context, server.url, begeleiderCookie);
    await a.page.goto(bijeenkomstUrl);
    const kamer = new KamerPagina(a.page);
    await kamer.wachtOpVerbinding();
    await kamer.kiesWerkvorm('Opening');
    await kamer.gaNaarStap('Intentie en doel');
    await kamer.stapIsActief('Intentie en doel').waitFor();

    // Tab to the help button, open it with Enter.
    const hulpKnop = a.page.getByRole('button', { name: 'Sneltoetsen' });
    await hulpKnop.focus();
    await a.page.keyboard.press('Enter');
    const dialoog = a.page.getByRole('dialog', { name: 'Sneltoetsen voor de begeleider' });
    await dialoog.waitFor();
    expect(await dialoog.getAttribute('aria-modal')).toBe('true');
    await expect.poll(() => a.page.evaluate(() => document.activeElement?.textContent)).toBe('Sluiten');
    await dialoog.getByRole('row', { name: /Volgende stap voor iedereen/ }).waitFor();
    await geenErnstigeProblemen(a.page, 'sneltoetsen-hulp');
    await screenshot(a.page, 'a11y-sneltoetsen');

    // Focus stays inside: Tab and Shift+Tab cycle through the dialog.
    for (const toets of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await a.page.keyboard.press(toets);
      expect(await a.page.evaluate(() => document.activeElement?.closest('dialog') !== null), `na ${toets}`).toBe(true);
    }
    // Shortcuts wait while the help is open.
    await a.page.keyboard.press('n');
    expect(await kamer.stapIsActief('Intentie en doel').count()).toBe(1);

    // Escape closes it and focus goes back to the button that opened it.
    await a.page.keyboard.press('Escape');
    await dialoog.waitFor({ state: 'hidden' });
    expect(await a.page.evaluate(() => document.activeElement?.textContent)).toBe('Sneltoetsen');

    // N and V move everyone a step; "?" opens the help again.
    await a.page.keyboard.press('n');
    await kamer.stapIsActief('Terugblik en acties').waitFor();
    await a.page.keyboard.press('v');
    await kamer.stapIsActief('Intentie en doel').waitFor();
    await a.page.keyboard.press('?');
    await dialoog.waitFor();
    await a.page.keyboard.press('Escape');
    await dialoog.waitFor({ state: 'hidden' });

    // T starts the timer and pauses it; + adds a minute; M switches volg mij.
    const bediening = a.page.getByRole('region', { name: 'Bediening voor de begeleider' });
    await a.page.keyboard.press('t');
    await bediening.getByRole('button', { name: 'Pauzeer' }).and(a.page.locator(':enabled')).waitFor();
    await a.page.keyboard.press('+');
    await a.page.keyboard.press('t');
    await bediening.getByRole('button', { name: 'Hervat timer' }).waitFor();
    await a.page.getByRole('timer').filter({ hasText: /^(5|6):\d\d/ }).waitFor();
    const volgMij = bediening.getByRole('button', { name: 'Volg mij' });
    const was = await volgMij.getAttribute('aria-pressed');
    await a.page.keyboard.press('m');
    await expect.poll(() => volgMij.getAttribute('aria-pressed')).not.toBe(was);
    await a.page.keyboard.press('m');
    await expect.poll(() => volgMij.getAttribute('aria-pressed')).toBe(was);

    // Never while typing: letters in a field are letters, not commands.
    await kamer.gaNaarStap('Check-in');
    await kamer.stapIsActief('Check-in').waitFor();
    await bediening.getByLabel('Seconden').focus();
    await a.page.keyboard.type('nvtlm?');
    await a.page.waitForTimeout(300);
    expect(await kamer.stapIsActief('Check-in').count()).toBe(1);
    expect(await dialoog.isVisible()).toBe(false);
    await bediening.getByRole('button', { name: 'Hervat timer' }).waitFor();

    // Switched off in the help (WCAG 2.1.4), they stay off after a reload.
    await hulpKnop.click();
    await dialoog.getByRole('checkbox', { name: 'Sneltoetsen met één toets gebruiken' }).uncheck();
    await a.page.keyboard.press('Escape');
    await a.page.reload();
    await kamer.wachtOpVerbinding();
    await a.page.locator('body').press('v');
    await a.page.waitForTimeout(300);
    expect(await kamer.stapIsActief('Check-in').count()).toBe(1);
    expect(await hulpKnop.getAttribute('aria-keyshortcuts')).toBeNull();

    await a.context.close();
  });

  it('timer en volg mij blijven in beeld, ook bij een lange pagina', async () => {
    const a = await nieuweContext(browser);
    await zetCookies(a.context, server.url, begeleiderCookie);
    await a.page.goto(bijeenkomstUrl);
    const kamer = new KamerPagina(a.page);
    await kamer.wachtOpVerbinding();
    await kamer.kiesWerkvorm('Speerpunten');
    await a.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    for (const el of [a.page.getByRole('timer'), a.page.getByText(/^Volg mij: (aan|uit)$/)]) {
      const vak = await el.boundingBox();
      expect(vak).not.toBeNull();
      expect(vak!.y).toBeGreaterThanOrEqual(0);
      expect(vak!.y + vak!.height).toBeLessThanOrEqual(768);
    }
    await a.context.close();
  });

  it('bij 200 % zoom geen horizontale scrollbalk op de kamer en de trajectpagina', async () => {
    const context = await browser.newContext({ viewport: ZOOM_200, deviceScaleFactor: 2, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await zetCookies(context, server.url, begeleiderCookie);

    await page.goto(`${server.url}/trajecten/${trajectId}`);
    await page.getByRole('heading', { level: 1, name: 'Leernetwerk Vroegsignalering Gelderland' }).waitFor();
    await page.waitForLoadState('networkidle').catch(() => {});
    await geenHorizontaleScroll(page, 'trajectpagina');
    await screenshot(page, 'a11y-zoom200-traject');

    await page.goto(bijeenkomstUrl);
    const kamer = new KamerPagina(page);
    await kamer.wachtOpVerbinding();
    for (const w of ['opening', 'actieleren', 'klantreis', 'speerpunten', 'afsluiting'] as const) {
      await kamer.kiesWerkvorm(nl.werkvormen[w]);
      await wachtOpWerkvorm(page, w);
      await geenHorizontaleScroll(page, `kamer ${w}`);
      await screenshot(page, `a11y-zoom200-${w}`);
    }
    await context.close();
  });
});
