import { describe, expect, it } from 'vitest';
import { nieuweBijeenkomst, nieuwTraject, setupBegeleider, yjsClient } from '../helpers/clients';
import { addSpeerpunt } from '../../lib/sync/speerpunten';
import { nieuweContext, screenshot } from './fixtures/browser';
import { JoinPagina, KamerPagina } from './fixtures/leerbord';
import { zetCookies } from './fixtures/sessie';
import { ernstigeProblemen } from './fixtures/toegankelijkheid';
import { metServerEnBrowser } from './fixtures/omgeving';

/**
 * A bijeenkomst with a facilitator, a participant and an observer: the timer
 * runs on everyone's screen, the check-in is shared, the observer cannot type
 * anywhere, and after "Bijeenkomst afsluiten" the board is read-only for all.
 */
describe('timer, check-in, waarnemer en afsluiten', () => {
  const omgeving = metServerEnBrowser();

  it('loopt van opening tot afgesloten bord', async (ctx) => {
    const begeleider = await setupBegeleider(omgeving.server.url, { naam: 'Anna de Vries' });
    const traject = await nieuwTraject(begeleider.api, { titel: 'Leernetwerk Zelfstandigen', type: 'leernetwerk' });
    const bijeenkomstId = await nieuweBijeenkomst(begeleider.api, traject.id, { intentie: 'Elkaars vraagstuk leren kennen' });
    // Speerpunten are chosen in a later werkvorm; seed one through the stock Yjs client.
    const seed = yjsClient(omgeving.server.url, `traject:${traject.id}`, begeleider.cookie);
    await seed.waitForSync();
    addSpeerpunt(seed.doc, { titel: 'Vroegsignalering', doelstelling: '20 meldingen per maand' }, { newId: () => 'sp-1', now: () => 1 });
    await expect.poll(() => seed.provider.synced).toBe(true);

    const a = await nieuweContext(omgeving.browser);
    const b = await nieuweContext(omgeving.browser);
    const c = await nieuweContext(omgeving.browser);
    ctx.onTestFailed(async () => {
      for (const [naam, x] of [['a', a], ['b', b], ['c', c]] as const) await screenshot(x.page, `fout-afsluiten-${naam}`).catch(() => {});
    });

    await zetCookies(a.context, omgeving.server.url, begeleider.cookie);
    await a.page.goto(`${omgeving.server.url}/bijeenkomsten/${bijeenkomstId}`);
    const kamerA = new KamerPagina(a.page);
    await kamerA.wachtOpVerbinding();
    expect(await ernstigeProblemen(a.page)).toEqual([]);
    await kamerA.kiesWerkvorm('Opening');

    const kamerB = await new JoinPagina(b.page).kom(traject.joinUrl, { naam: 'Bram Jansen', organisatie: 'Gemeente Ede', rol: 'Beleid' });
    const kamerC = await new JoinPagina(c.page).kom(traject.waarnemerUrl, { naam: 'Wim Waarnemer', organisatie: 'Provincie' });
    await c.page.getByText('Je kijkt mee als waarnemer').waitFor();

    // The timer counts down on every screen.
    await a.page.getByLabel('Seconden').fill('120');
    await a.page.getByRole('button', { name: 'Start timer' }).click();
    await expect.poll(() => b.page.getByRole('timer').getAttribute('aria-label')).toMatch(/Nog 1 minuut|Nog 2 minuten/);
    await a.page.getByRole('button', { name: 'Pauzeer' }).click();
    await expect.poll(() => b.page.getByRole('timer').getAttribute('aria-label')).toMatch(/gepauzeerd/);

    // Check and Act: the result against the doelstelling and a besluit, shared live.
    await kamerA.gaNaarStap('Check en Act');
    await kamerB.stapIsActief('Check en Act').waitFor();
    await b.page.getByLabel('Resultaat voor Vroegsignalering').fill('12 meldingen in de laatste maand');
    await b.page.getByRole('group', { name: 'Besluit voor Vroegsignalering' }).getByRole('radio', { name: 'Bijstellen' }).check();
    await expect.poll(() => a.page.getByLabel('Resultaat voor Vroegsignalering').inputValue()).toBe('12 meldingen in de laatste maand');
    await expect.poll(() => a.page.getByRole('radio', { name: 'Bijstellen' }).isChecked()).toBe(true);
    await c.page.getByText('12 meldingen in de laatste maand').waitFor();
    await screenshot(a.page, '10a-check-act-begeleider');
    seed.destroy();

    // Check-in: one line each, visible to everyone.
    await kamerA.gaNaarStap('Check-in');
    await kamerB.stapIsActief('Check-in').waitFor();
    await b.page.getByLabel('Jouw check-in').fill('Nieuwsgierig, net uit een lastig gesprek');
    const checkins = a.page.getByRole('list', { name: 'Check-ins van iedereen' });
    await checkins.getByText('Nieuwsgierig, net uit een lastig gesprek').waitFor();
    await kamerC.stapIsActief('Check-in').waitFor();
    await c.page.getByRole('list', { name: 'Check-ins van iedereen' }).getByText('Nieuwsgierig').waitFor();
    await screenshot(b.page, '10-checkin-deelnemer');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    // The observer sees everything and can type nowhere.
    await expect(c.page.getByRole('textbox').count()).resolves.toBe(0);
    await expect(c.page.getByRole('button', { name: 'Hand opsteken' }).count()).resolves.toBe(0);
    await kamerC.gaNaarStap('Terugblik en acties');
    await c.page.getByRole('button', { name: 'Terug naar begeleider' }).click();
    await kamerC.stapIsActief('Check-in').waitFor();
    await screenshot(c.page, '11-waarnemer');

    // A participant may look elsewhere and jump back.
    await kamerB.gaNaarStap('Intentie en doel');
    await b.page.getByRole('button', { name: 'Terug naar begeleider' }).click();
    await kamerB.stapIsActief('Check-in').waitFor();

    // Closing makes the board read-only for everyone.
    await a.page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
    await a.page.getByRole('button', { name: 'Ja, afsluiten' }).click();
    for (const page of [a.page, b.page]) await page.getByText('Deze bijeenkomst is afgesloten').waitFor();
    await expect(b.page.getByLabel('Jouw check-in').count()).resolves.toBe(0);
    await expect(a.page.getByRole('region', { name: 'Bediening voor de begeleider' }).count()).resolves.toBe(0);
    await b.page.getByRole('list', { name: 'Check-ins van iedereen' }).getByText('Nieuwsgierig').waitFor();
    await screenshot(a.page, '12-afgesloten-begeleider');

    for (const x of [a, b, c]) expect(x.verzoeken.vreemd(omgeving.server.url)).toEqual([]);
    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  });
});
