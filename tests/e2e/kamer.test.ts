import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, nieuweContext, screenshot, type Verzoeken } from './fixtures/browser';
import { BegeleiderApp, JoinPagina } from './fixtures/leerbord';

/**
 * The main path through Leerbord in a real browser against a real server:
 * a facilitator sets up, plans, opens the room; a participant joins by link;
 * both see each other, and an actie made by one reaches the other live and
 * survives a reload. Nothing may be fetched from another origin.
 */
describe('een bijeenkomst samen openen', () => {
  let server: TestServer;
  let browser: Browser;
  const logs: Verzoeken[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('begeleider en deelnemer werken live samen aan de actielijst', async (ctx) => {
    const a = await nieuweContext(browser);
    // On failure, keep what each person saw.
    ctx.onTestFailed(async () => {
      await screenshot(a.page, 'fout-begeleider').catch(() => {});
      if (b) await screenshot(b.page, 'fout-deelnemer').catch(() => {});
    });
    let b: Awaited<ReturnType<typeof nieuweContext>> | undefined;
    logs.push(a.verzoeken);
    const begeleider = new BegeleiderApp(a.page, server.url);

    await begeleider.setup({ naam: 'Anna de Vries', email: 'anna@example.nl', wachtwoord: 'een-lang-wachtwoord' });
    await begeleider.uitloggen();
    await screenshot(a.page, '01-login');
    await begeleider.login('anna@example.nl', 'een-lang-wachtwoord');
    await screenshot(a.page, '02-trajecten-leeg');

    await begeleider.page.getByRole('link', { name: 'Nieuw traject' }).waitFor();
    const trajectId = await begeleider.nieuwTraject({
      type: 'Werkplaats',
      titel: 'Werkplaats Schulden Arnhem',
      thema: 'Arbeidstoeleiding en schulden',
      vraagstuk: 'Hoe zorgen we dat mensen met schulden duurzaam aan het werk komen?',
      einddoel: 'Een sluitende werkwijze tussen gemeente, kredietbank en werkgevers.',
      einddatum: '2026-12-01',
      trekker: 'Fatima el Amrani',
    });
    expect(trajectId).not.toBe('');
    await begeleider.voegBijeenkomstToe('2026-03-10T13:30', 'Kennismaken en het vraagstuk scherp krijgen');
    await screenshot(a.page, '03-traject', { volledig: true });
    const joinUrl = await begeleider.deelnemerslink();
    expect(joinUrl).toMatch(/\/join\/[^/]+$/);

    const kamerA = await begeleider.openBijeenkomst(1);
    await a.page.getByRole('heading', { name: 'De bijeenkomst begint zo' }).waitFor();
    await screenshot(a.page, '04-kamer-wachten-begeleider');
    await kamerA.kiesWerkvorm('Opening');

    // The participant comes in through the link in a browser of their own.
    b = await nieuweContext(browser);
    logs.push(b.verzoeken);
    await b.page.goto(joinUrl);
    await b.page.getByRole('heading', { name: /Welkom bij Werkplaats Schulden Arnhem/ }).waitFor();
    await screenshot(b.page, '05-join');
    const kamerB = await new JoinPagina(b.page).kom(joinUrl, { naam: 'Bram Jansen', organisatie: 'Kredietbank Gelderland', rol: 'Uitvoering' });

    // Both see each other in "Wie is er".
    await kamerA.aanwezige('Bram Jansen').getByText('Kredietbank Gelderland').waitFor();
    await kamerB.aanwezige('Anna de Vries').waitFor();
    await kamerB.aanwezige('Bram Jansen').waitFor();
    await screenshot(b.page, '06-kamer-opening-deelnemer');

    // The facilitator moves to the actions step; "volg mij" brings the participant along.
    await kamerA.gaNaarStap('Terugblik en acties');
    await kamerB.stapIsActief('Terugblik en acties').waitFor();

    await kamerB.voegActieToe({ wat: 'Werkgevers uitnodigen voor de volgende bijeenkomst', wie: 'Bram' });
    const wat = 'Werkgevers uitnodigen voor de volgende bijeenkomst';
    await kamerA.actiesVandaag.getByText(wat).waitFor();
    await kamerA.statusKnop(wat, 'Bezig').click();
    await expect.poll(() => kamerB.statusKnop(wat, 'Bezig').getAttribute('aria-pressed')).toBe('true');
    await screenshot(a.page, '07-kamer-acties-begeleider');
    await screenshot(b.page, '08-kamer-acties-deelnemer');

    // Still there after both reload.
    await Promise.all([a.page.reload(), b.page.reload()]);
    for (const kamer of [kamerA, kamerB]) {
      await kamer.wachtOpVerbinding();
      await kamer.stapIsActief('Terugblik en acties').waitFor();
      await kamer.actiesVandaag.getByText(wat).waitFor();
      expect(await kamer.statusKnop(wat, 'Bezig').getAttribute('aria-pressed')).toBe('true');
    }

    // The traject page shows the same actielijst, live from the traject doc.
    await b.page.goto(`${server.url}/trajecten/${trajectId}`);
    await b.page.getByRole('list', { name: 'Actielijst' }).getByText(wat).waitFor();
    await expect(b.page.getByRole('textbox', { name: 'Deelnemerslink' }).count()).resolves.toBe(0);
    await screenshot(b.page, '09-traject-deelnemer', { volledig: true });

    for (const log of logs) expect(log.vreemd(server.url)).toEqual([]);
    expect(logs.every((l) => l.urls.length > 0)).toBe(true);

    await a.context.close();
    await b.context.close();
  });
});
