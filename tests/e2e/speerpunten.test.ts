import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { nieuweBijeenkomst, nieuwTraject, setupBegeleider } from '../helpers/clients';
import { nieuweContext, screenshot } from './fixtures/browser';
import { KlantreisPagina, SpeerpuntenPagina } from './fixtures/klantreis';
import { JoinPagina, KamerPagina } from './fixtures/leerbord';
import { zetCookies } from './fixtures/sessie';
import { ernstigeProblemen } from './fixtures/toegankelijkheid';
import { metServerEnBrowser } from './fixtures/omgeving';

const KNELPUNT = 'Acht weken wachttijd voor de intake';
const VRIJ = 'Warme overdracht naar de kredietbank';
const DUBBEL = 'Overdracht kredietbank warm maken';
const COACH = 'Budgetcoach in elke wijk';
const MEER = ['Formulierenbrigade in de bibliotheek', 'Vroegsignalering via de woningcorporatie', 'Eén vast contactpersoon per klant'];

/** Left/top of an item on the matrix, in percent, as this screen draws it. */
async function plek(stip: Locator): Promise<{ x: number; y: number }> {
  const style = (await stip.getAttribute('style')) ?? '';
  const x = Number(/left:\s*([\d.]+)%/.exec(style)?.[1] ?? NaN);
  const y = Number(/top:\s*([\d.]+)%/.exec(style)?.[1] ?? NaN);
  return { x, y };
}

/**
 * From klantreis to speerpunt in three browsers: a knelpunt promoted on the
 * klantreis lands on the long list; duplicates are merged; a vote round is
 * counted by the server (one participant votes with the keyboard only); the
 * top items are weighed on the matrix by mouse and by arrow keys, live for
 * everyone; the chosen speerpunt gets a trekker, a first step and a
 * doelstelling, and shows up in the Opening and on the traject page.
 */
describe('speerpunten kiezen', () => {
  const omgeving = metServerEnBrowser();

  it('van knelpunt op de klantreis tot speerpunt op de trajectpagina', async (ctx) => {
    const begeleider = await setupBegeleider(omgeving.server.url, { naam: 'Anna de Vries' });
    const traject = await nieuwTraject(begeleider.api, { titel: 'Werkplaats Schulden Ede' });
    const bijeenkomstId = await nieuweBijeenkomst(begeleider.api, traject.id, { intentie: 'Kiezen waar we mee beginnen' });
    const a = await nieuweContext(omgeving.browser);
    const b = await nieuweContext(omgeving.browser);
    const c = await nieuweContext(omgeving.browser);
    ctx.onTestFailed(async () => {
      for (const [naam, x] of [['a', a], ['b', b], ['c', c]] as const) await screenshot(x.page, `fout-speerpunten-${naam}`).catch(() => {});
    });

    await zetCookies(a.context, omgeving.server.url, begeleider.cookie);
    await a.page.goto(`${omgeving.server.url}/bijeenkomsten/${bijeenkomstId}`);
    const kamerA = new KamerPagina(a.page);
    await kamerA.wachtOpVerbinding();
    await kamerA.kiesWerkvorm('Klantreis');
    await new KlantreisPagina(a.page).nieuweKlantreis({ naam: 'Sandra', leeftijd: '27 tot 45 jaar' });

    await new JoinPagina(b.page).kom(traject.joinUrl, { naam: 'Bram Jansen', organisatie: 'Kredietbank', rol: 'Uitvoering' });
    await new JoinPagina(c.page).kom(traject.joinUrl, { naam: 'Chloë Bakker', organisatie: 'Wijkteam', rol: 'Ervaringsdeskundige' });

    // On the klantreis, B notes a knelpunt and puts it on the long list.
    const reisB = new KlantreisPagina(b.page);
    await reisB.voegKaartToe('Intake & plan van aanpak', 'knelpunten', KNELPUNT);
    await b.page.getByRole('button', { name: `Naar de lange lijst: ${KNELPUNT}` }).click();
    await reisB.cel('Intake & plan van aanpak', 'knelpunten').getByText('Op de lange lijst').waitFor();
    await a.page.getByText('Op de lange lijst').waitFor();

    // Speerpunten, step Verzamelen: the knelpunt is there, with where it came from.
    await kamerA.kiesWerkvorm('Speerpunten');
    const spA = new SpeerpuntenPagina(a.page);
    const spB = new SpeerpuntenPagina(b.page);
    const spC = new SpeerpuntenPagina(c.page);
    for (const sp of [spA, spB, spC]) await sp.langeLijst.getByText(KNELPUNT, { exact: true }).waitFor();
    await a.page.getByText('Knelpunt uit de klantreis van Sandra, fase Intake & plan van aanpak').waitFor();

    // Free input from two people; the app spots the duplicate and C merges it.
    await spB.voegToe(VRIJ);
    await spC.voegToe(DUBBEL);
    await spA.voegToe(COACH);
    for (const titel of MEER) await spA.voegToe(titel);
    await c.page.getByText(`Lijkt dubbel: "${VRIJ}" en "${DUBBEL}"`).waitFor();
    await c.page.getByRole('button', { name: 'Voeg samen' }).click();
    await expect.poll(() => spA.langeLijst.locator(':scope > li').count()).toBe(6);
    await a.page.getByText('Ook genoemd:').waitFor();
    await screenshot(a.page, 'speerpunten-01-verzamelen');
    expect(await ernstigeProblemen(a.page)).toEqual([]);

    // Stemmen: the begeleider opens a round with 3 dots each.
    await spA.stapKnop('Stemmen').click();
    await spB.stapIsActief('Stemmen').waitFor();
    await a.page.getByLabel('Stemmen per persoon').fill('3');
    await a.page.getByRole('button', { name: 'Stemronde openen' }).click();
    await spB.biljet.waitFor();
    await spC.biljet.waitFor();

    // B votes with the mouse: two dots on the knelpunt, one on the merged item.
    await spB.stemErbij(KNELPUNT).click();
    await spB.stemErbij(KNELPUNT).click();
    await spB.stemErbij(VRIJ).click();
    await b.page.getByText('Je hebt nog 0 van 3 stemmen.').waitFor();
    await expect.poll(() => spB.stemErbij(COACH).isDisabled()).toBe(true);

    // C votes with the keyboard only: Tab through the ballot, Enter on "+".
    await spC.biljet.getByRole('button').first().focus(); // "−" of the first option (disabled buttons are skipped by Tab)
    const kb = c.page.keyboard;
    const actief = () => c.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    for (let i = 0; i < 30 && (await actief()) !== `Stem erbij op ${KNELPUNT}`; i++) await kb.press('Tab');
    expect(await actief()).toBe(`Stem erbij op ${KNELPUNT}`);
    await kb.press('Enter');
    await c.page.getByText('Je hebt nog 2 van 3 stemmen.').waitFor();
    for (let i = 0; i < 30 && (await actief()) !== `Stem erbij op ${COACH}`; i++) await kb.press('Tab');
    await kb.press('Enter');
    await kb.press('Enter');
    await c.page.getByText('Je hebt nog 0 van 3 stemmen.').waitFor();
    // Nobody sees a count while the round is open, only how many voted.
    await a.page.getByText('2 mensen hebben gestemd.').first().waitFor();
    expect(await spA.uitslag.count()).toBe(0);
    await screenshot(c.page, 'speerpunten-02-stemmen-deelnemer');
    expect(await ernstigeProblemen(c.page)).toEqual([]);

    await a.page.getByRole('button', { name: 'Stemronde sluiten en uitslag tonen' }).click();
    for (const sp of [spA, spB, spC]) await sp.uitslag.waitFor();
    const regels = await spB.uitslag.getByRole('listitem').allTextContents();
    expect(regels[0]).toContain(KNELPUNT);
    expect(regels[0]).toContain('3 stemmen');
    expect(regels[1]).toContain(COACH);
    expect(regels[1]).toContain('2 stemmen');
    await b.page.getByRole('status').filter({ hasText: `De uitslag is bekend. Meeste stemmen: ${KNELPUNT} (3).` }).waitFor();
    await screenshot(a.page, 'speerpunten-03-uitslag');

    // Wegen: the top items wait beside the matrix; A drags the knelpunt in, B sees it.
    await spA.stapKnop('Wegen').click();
    await spB.stapIsActief('Wegen').waitFor();
    await spA.ladeItem(KNELPUNT).waitFor();
    await spA.sleep(spA.ladeItem(KNELPUNT), 0.75, 0.2);
    await spB.stip(KNELPUNT).waitFor();
    const eerst = await plek(spB.stip(KNELPUNT));
    expect(eerst.x).toBeGreaterThan(60);
    expect(eerst.y).toBeLessThan(35);
    // Dragging it inside the matrix moves it for everyone, live.
    await spA.sleep(spA.stip(KNELPUNT), 0.85, 0.1);
    await expect.poll(async () => (await plek(spB.stip(KNELPUNT))).x).toBeGreaterThan(eerst.x + 5);
    expect(await spB.stip(KNELPUNT).getAttribute('aria-label')).toMatch(/Snel resultaat$/);

    // C places the coach with the arrow keys: the first press puts it in the middle.
    await spC.ladeItem(COACH).focus();
    await c.page.keyboard.press('ArrowUp');
    await spC.stip(COACH).waitFor();
    await expect.poll(() => c.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(new RegExp(`^${COACH}: impact 50`));
    await c.page.keyboard.press('Shift+ArrowLeft');
    await c.page.keyboard.press('ArrowUp');
    await expect.poll(() => spA.stip(COACH).getAttribute('aria-label')).toBe(`${COACH}: impact 55, haalbaarheid 30, Grote stap`);
    await c.page.getByRole('status').filter({ hasText: `${COACH}: impact 55, haalbaarheid 30 (Grote stap).` }).waitFor();
    await screenshot(a.page, 'speerpunten-04-wegen');
    expect(await ernstigeProblemen(a.page)).toEqual([]);

    // Kiezen: the quick win comes first; A chooses it; everyone fills it in together.
    await spA.stapKnop('Kiezen').click();
    await spB.stapIsActief('Kiezen').waitFor();
    const kandidaten = await a.page.getByRole('list', { name: 'Kandidaten' }).getByRole('listitem').allTextContents();
    expect(kandidaten[0]).toContain(KNELPUNT);
    await a.page.getByRole('button', { name: `Kies als speerpunt: ${KNELPUNT}` }).click();
    await b.page.getByRole('heading', { name: KNELPUNT, level: 4 }).waitFor();
    await b.page.getByLabel(`Trekker van ${KNELPUNT}`).fill('Fatima el Amrani');
    await c.page.getByLabel(`Eerste kleine stap voor ${KNELPUNT}`).fill('Wachtlijst doorlichten met de kredietbank');
    await a.page.getByLabel(`Doelstelling van ${KNELPUNT}`).fill('Intake binnen twee weken voor 80% van de aanmeldingen');
    await expect.poll(() => a.page.getByLabel(`Trekker van ${KNELPUNT}`).inputValue()).toBe('Fatima el Amrani');
    await expect.poll(() => b.page.getByLabel(`Doelstelling van ${KNELPUNT}`).inputValue()).toBe('Intake binnen twee weken voor 80% van de aanmeldingen');
    await a.page.getByText('3 stemmen').first().waitFor();
    // An actie ranked under it.
    const acties = b.page.getByRole('region', { name: `Acties onder ${KNELPUNT}` });
    await acties.getByLabel('Wat').fill('Gesprek plannen met de teamleider intake');
    await acties.getByLabel('Wie').fill('Bram');
    await acties.getByRole('button', { name: 'Actie toevoegen' }).click();
    await a.page.getByText('Gesprek plannen met de teamleider intake').waitFor();

    // Choosing more than three gives a warning; more than five a stronger one.
    for (const titel of [COACH, VRIJ]) await a.page.getByRole('button', { name: `Kies als speerpunt: ${titel}` }).click();
    await a.page.getByText('3 speerpunten actief in dit traject.').waitFor();
    expect(await a.page.getByText(/Let op: \d+ speerpunten/).count()).toBe(0);
    await a.page.getByLabel('Alle punten van de lange lijst tonen').check();
    await a.page.getByRole('button', { name: `Kies als speerpunt: ${MEER[0]}` }).click();
    await b.page.getByText('Let op: 4 speerpunten is meer dan de 3 die we aanraden.').waitFor();
    for (const titel of MEER.slice(1)) await a.page.getByRole('button', { name: `Kies als speerpunt: ${titel}` }).click();
    await b.page.getByRole('alert').filter({ hasText: 'Te veel speerpunten: 6.' }).waitFor();
    await a.page.getByRole('heading', { name: 'Speerpunten kiezen' }).scrollIntoViewIfNeeded();
    await a.page.evaluate(() => window.scrollBy(0, -60));
    await screenshot(a.page, 'speerpunten-05a-te-veel');
    for (const titel of [...MEER, VRIJ]) await a.page.getByRole('button', { name: `Toch niet kiezen: ${titel}` }).click();
    await b.page.getByText('2 speerpunten actief in dit traject.').waitFor();
    expect(await b.page.getByRole('alert').filter({ hasText: 'Te veel speerpunten' }).count()).toBe(0);
    await screenshot(a.page, 'speerpunten-05-kiezen');
    expect(await ernstigeProblemen(a.page)).toEqual([]);

    // The Opening of this (and every later) bijeenkomst shows it in Check en Act.
    await kamerA.kiesWerkvorm('Opening');
    await kamerA.gaNaarStap('Check en Act');
    await a.page.getByRole('heading', { name: KNELPUNT }).waitFor();
    await a.page.getByText('Intake binnen twee weken voor 80% van de aanmeldingen').waitFor();

    // And the traject page lists it with its trekker and first step.
    await a.page.goto(`${omgeving.server.url}/trajecten/${traject.id}`);
    const lijst = a.page.getByRole('list', { name: 'Speerpunten' });
    await lijst.getByText(KNELPUNT).waitFor();
    await lijst.getByText('Fatima el Amrani').waitFor();
    await lijst.getByText('Wachtlijst doorlichten met de kredietbank').waitFor();
    await screenshot(a.page, 'speerpunten-06-trajectpagina');

    for (const x of [a, b, c]) await x.context.close();
  });
});
