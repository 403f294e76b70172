import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nieuweBijeenkomst, nieuwTraject, setupBegeleider, yjsClient } from '../helpers/clients';
import { addSpeerpunt } from '../../lib/sync/speerpunten';
import { nieuweContext, screenshot } from './fixtures/browser';
import { ActielerenPagina, AfsluitingPagina } from './fixtures/actieleren';
import { BegeleiderApp, JoinPagina, KamerPagina } from './fixtures/leerbord';
import { zetCookies } from './fixtures/sessie';
import { ernstigeProblemen } from './fixtures/toegankelijkheid';
import { metServerEnBrowser } from './fixtures/omgeving';

/** Every websocket frame a page receives (Yjs and socket.io), as text. */
function volgFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => frames.push(typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8'))),
  );
  return frames;
}

const FATIMA_IDEE_1 = 'Samen met mevrouw J. de verhuurder bellen voor een betalingsregeling';
const FATIMA_IDEE_2 = 'Budgetcoach via de kredietbank inschakelen';
const BRAM_IDEE_1 = 'Huisbezoek samen met de wijkcoach';
const BRAM_IDEE_2 = 'Verhuurder uitnodigen voor een keukentafelgesprek';
const ACTIE = 'Huisbezoek plannen met de kredietbank en de wijkcoach';
const BRAM_REFLECTIE = 'Ik was vandaag met mijn hoofd nog bij een crisis op het werk';

/**
 * Issue 4: a facilitator and two participants in three browsers walk the nine
 * steps of actieleren and the Afsluiting. Participant B's websocket frames are
 * checked for A's private answer before and after the reveal; B reloads in the
 * middle of step 3 and keeps the draft; the step-9 action reaches the traject
 * page and the next bijeenkomst's Opening. Screenshots of every step go to
 * test-results/screenshots/actieleren-*.png.
 */
describe('actieleren en afsluiting met drie browsers', () => {
  const omgeving = metServerEnBrowser();

  it('loopt de negen stappen en de afsluiting door', { timeout: 420_000 }, async (ctx) => {
    const begeleider = await setupBegeleider(omgeving.server.url, { naam: 'Anna de Vries' });
    const traject = await nieuwTraject(begeleider.api, { titel: 'Leernetwerk Wonen en schulden', type: 'leernetwerk' });
    await nieuweBijeenkomst(begeleider.api, traject.id, {
      intentie: 'Een casus samen uitdiepen met actieleren',
      agenda: ['opening', 'actieleren', 'afsluiting'],
    });
    const seed = yjsClient(omgeving.server.url, `traject:${traject.id}`, begeleider.cookie);
    await seed.waitForSync();
    addSpeerpunt(seed.doc, { titel: 'Vroegsignalering huurachterstanden', doelstelling: '20 meldingen per maand' }, { newId: () => 'sp-1', now: () => 1 });
    await expect.poll(() => seed.provider.synced).toBe(true);

    const a = await nieuweContext(omgeving.browser);
    const f = await nieuweContext(omgeving.browser);
    const b = await nieuweContext(omgeving.browser);
    const framesB = volgFrames(b.page);
    ctx.onTestFailed(async () => {
      for (const [naam, x] of [['begeleider', a], ['fatima', f], ['bram', b]] as const) await screenshot(x.page, `fout-actieleren-${naam}`).catch(() => {});
    });

    await zetCookies(a.context, omgeving.server.url, begeleider.cookie);
    await new BegeleiderApp(a.page, omgeving.server.url).page.goto(`${omgeving.server.url}/trajecten/${traject.id}`);
    const kamerA = await new BegeleiderApp(a.page, omgeving.server.url).openBijeenkomst(1);
    await new JoinPagina(f.page).kom(traject.joinUrl, { naam: 'Fatima Ouali', organisatie: 'Kredietbank Gelderland', rol: 'Uitvoering' });
    await new JoinPagina(b.page).kom(traject.joinUrl, { naam: 'Bram Jansen', organisatie: 'Gemeente Ede', rol: 'Beleid' });
    seed.destroy();

    const A = new ActielerenPagina(a.page);
    const F = new ActielerenPagina(f.page);
    const B = new ActielerenPagina(b.page);
    const alle = [A, F, B];
    const wachtOpStap = (naam: string) => Promise.all(alle.map((x) => x.wachtOpStap(naam)));

    /* ---------------------------------------------------------------- step 1 */
    await kamerA.kiesWerkvorm('Actieleren');
    await wachtOpStap('Casus inbrengen');
    await A.kiesPersoon('Casusinbrenger', 'Fatima Ouali');
    await f.page.getByText('Casusinbrenger: Fatima Ouali (jij)').waitFor();
    await b.page.getByText('Casusinbrenger:').locator('..').getByText('Fatima Ouali').waitFor();
    await f.page.getByText('Maak de casus anoniem:').waitFor();
    await F.veld('Titel van de casus').fill('Huurachterstand na ontslag');
    await F.veld('Beschrijving van de casus').fill(
      'Mevrouw J. (BSN 111222333) verloor haar baan en heeft nu drie maanden huurachterstand. Bellen kan op 06-12345678.',
    );
    // The warning shows inline, on every screen that edits the text.
    for (const p of [f.page, b.page]) {
      await p.getByText('111222333 lijkt op een BSN.').waitFor();
      await p.getByText('06-12345678 lijkt op een telefoonnummer.').waitFor();
    }
    await screenshot(f.page, 'actieleren-1-casus-privacywaarschuwing');
    await F.veld('Beschrijving van de casus').fill(
      'Mevrouw J. verloor haar baan en heeft nu drie maanden huurachterstand. De verhuurder dreigt met ontruiming; ze durft niet te bellen.',
    );
    await expect.poll(() => B.veld('Beschrijving van de casus').inputValue()).toContain('ze durft niet te bellen');
    await expect(f.page.getByText('lijkt op een BSN').count()).resolves.toBe(0);
    expect(await ernstigeProblemen(f.page)).toEqual([]);
    await screenshot(a.page, 'actieleren-1-casus-begeleider');

    /* ---------------------------------------------------------------- step 2 */
    await A.volgende();
    await wachtOpStap('Reflectievraag');
    await F.veld('Reflectievraag van de casusinbrenger').fill('Hoe krijgen we de verhuurder eerder aan tafel?');
    await expect.poll(() => B.veld('Reflectievraag van de casusinbrenger').inputValue()).toBe('Hoe krijgen we de verhuurder eerder aan tafel?');
    await screenshot(b.page, 'actieleren-2-reflectievraag-deelnemer');

    /* ---------------------------------------------------------------- step 3 */
    await A.volgende();
    await wachtOpStap('Antwoorden in één minuut');
    // The reflectievraag stays in view from now on.
    for (const x of alle) await x.page.getByRole('region', { name: 'Waar we het over hebben' }).getByText('Hoe krijgen we de verhuurder eerder aan tafel?').waitFor();
    await expect(A.veld('Tijd voor de antwoorden (seconden)').inputValue()).resolves.toBe('60');
    await A.knop('Start antwoordronde en timer').click();
    await expect.poll(() => b.page.getByRole('timer').getAttribute('aria-label')).toMatch(/Nog (1 minuut|\d+ seconden)/);
    await F.veld('Jouw antwoorden').fill(`${FATIMA_IDEE_1}\n${FATIMA_IDEE_2}`);
    await F.knop('Versturen').click();
    await f.page.getByText(/^Verstuurd\. /).waitFor();
    await a.page.getByText('1 van 2 deelnemers hebben antwoorden verstuurd.').waitFor();

    // Bram writes, reloads before sending, and finds his draft back.
    await B.veld('Jouw antwoorden').fill(`${BRAM_IDEE_1}\n${BRAM_IDEE_2}`);
    await screenshot(b.page, 'actieleren-3-antwoorden-deelnemer');
    await b.page.reload();
    await new KamerPagina(b.page).wachtOpVerbinding();
    await B.wachtOpStap('Antwoorden in één minuut');
    await expect.poll(() => B.veld('Jouw antwoorden').inputValue()).toBe(`${BRAM_IDEE_1}\n${BRAM_IDEE_2}`);
    await b.page.getByText('Nog niet verstuurd.').waitFor();
    await B.knop('Versturen').click();
    await b.page.getByText(/^Verstuurd\. /).waitFor();
    await a.page.getByText('2 van 2 deelnemers hebben antwoorden verstuurd.').waitFor();
    await screenshot(a.page, 'actieleren-3-antwoorden-begeleider');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    // Before the reveal no byte of Fatima's answer reached Bram, not in the page and not over the wire.
    const vanFatima = (tekst: string) => tekst.includes('de verhuurder bellen voor een betalingsregeling') || tekst.includes(FATIMA_IDEE_2);
    expect(framesB.length).toBeGreaterThan(10);
    expect(framesB.filter(vanFatima)).toEqual([]);
    expect(vanFatima(await b.page.content())).toBe(false);
    expect(vanFatima(await a.page.content())).toBe(false);

    /* ---------------------------------------------------------------- step 4 */
    await A.volgende();
    await wachtOpStap('Twee vertellen');
    // First the random picker: with two participants online it must pick both of them.
    await A.knop('Kies twee willekeurig').click();
    for (const x of alle) await x.page.getByText(/Aan het woord: (Bram Jansen en Fatima Ouali|Fatima Ouali en Bram Jansen)/).waitFor();
    // Then the facilitator names them by hand, in a fixed order.
    await A.kiesPersoon('Eerste verteller', 'Bram Jansen');
    await a.page.getByText('Aan het woord: Bram Jansen').waitFor();
    await A.kiesPersoon('Tweede verteller', 'Fatima Ouali');
    for (const x of alle) await x.page.getByText('Aan het woord: Bram Jansen en Fatima Ouali').waitFor();
    await b.page.getByRole('heading', { name: 'Wat jij verstuurde' }).waitFor();
    await screenshot(b.page, 'actieleren-4-vertellers-deelnemer');
    expect(framesB.filter(vanFatima)).toEqual([]);
    await A.knop('Toon alle antwoorden').click();
    await B.antwoorden.getByText(FATIMA_IDEE_1).waitFor();
    await expect.poll(() => framesB.some(vanFatima)).toBe(true);
    await expect(B.antwoorden.getByText('verteller', { exact: true }).count()).resolves.toBe(2);
    await screenshot(b.page, 'actieleren-4-onthuld-deelnemer');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    /* ---------------------------------------------------------------- step 5 */
    await A.volgende();
    await wachtOpStap('Ideeën selecteren');
    await expect(A.veld('Stemmen per persoon').inputValue()).resolves.toBe('3');
    await A.knop('Start stemronde').click();
    await F.stem(FATIMA_IDEE_1);
    await f.page.getByText('Je hebt nog 2 van 3 stemmen over.').waitFor();
    await F.stem(FATIMA_IDEE_1);
    await f.page.getByText('Je hebt nog 1 van 3 stemmen over.').waitFor();
    await F.stem(BRAM_IDEE_1);
    await f.page.getByText('Je hebt nog 0 van 3 stemmen over.').waitFor();
    await B.stem(FATIMA_IDEE_1);
    await b.page.getByText('Je hebt nog 2 van 3 stemmen over.').waitFor();
    await B.stem(BRAM_IDEE_2);
    await b.page.getByText('Je hebt nog 1 van 3 stemmen over.').waitFor();
    await B.stem(BRAM_IDEE_2);
    await b.page.getByText('Je hebt nog 0 van 3 stemmen over.').waitFor();
    // Over budget: the board says so instead of sending.
    await B.stem(FATIMA_IDEE_2);
    await b.page.getByText('Je hebt al je stemmen uitgedeeld.', { exact: false }).waitFor();
    await screenshot(b.page, 'actieleren-5-stemmen-deelnemer');
    expect(await ernstigeProblemen(b.page)).toEqual([]);
    // No counts before the round closes.
    await expect(B.uitslag.count()).resolves.toBe(0);
    await a.page.getByText('2 mensen hebben gestemd.').waitFor();
    await A.knop('Sluit stemronde en toon uitslag').click();
    for (const x of alle) await x.uitslag.getByRole('listitem').first().filter({ hasText: FATIMA_IDEE_1 }).filter({ hasText: '3 stemmen' }).waitFor();
    await A.knop('Bevestig gekozen idee').click();
    for (const x of alle) await x.page.getByRole('status').filter({ hasText: `Gekozen idee: ${FATIMA_IDEE_1}` }).first().waitFor();
    await screenshot(a.page, 'actieleren-5-uitslag-begeleider');
    expect(await ernstigeProblemen(a.page)).toEqual([]);

    /* ---------------------------------------------------------------- step 6 */
    await A.volgende();
    await wachtOpStap('Dialoog');
    await A.knop('Start dialoogtimer').click();
    await expect.poll(() => f.page.getByRole('timer').getAttribute('aria-label')).toMatch(/Nog (9|10) minuten/);
    await B.veld('Aantekeningen bij de dialoog').fill('De verhuurder wil vooral zekerheid over de lopende huur.');
    await expect.poll(() => F.veld('Aantekeningen bij de dialoog').inputValue()).toBe('De verhuurder wil vooral zekerheid over de lopende huur.');
    await screenshot(f.page, 'actieleren-6-dialoog-deelnemer');

    /* ---------------------------------------------------------------- step 7 */
    await A.volgende();
    await wachtOpStap('Samenvatten');
    await A.kiesPersoon('Samenvatter', 'Bram Jansen');
    await b.page.getByText('Samenvatter: Bram Jansen (jij)').waitFor();
    await B.veld('Samenvatting').fill('We bellen de verhuurder samen met mevrouw J. en bieden zekerheid over de lopende huur.');
    await f.page.getByRole('region', { name: 'Samenvatting door Bram Jansen' }).getByText('We bellen de verhuurder samen').waitFor();
    await expect(F.veld('Samenvatting').count()).resolves.toBe(0);
    await screenshot(f.page, 'actieleren-7-samenvatten-deelnemer');

    /* ---------------------------------------------------------------- step 8 */
    await A.volgende();
    await wachtOpStap('Aanscherpen');
    await F.veld('Jouw aanscherping of aanvulling').fill('Eerst de lopende huur via de bank laten betalen');
    await F.knop('Toevoegen').click();
    await b.page.getByText('Eerst de lopende huur via de bank laten betalen').waitFor();
    await screenshot(b.page, 'actieleren-8-aanscherpen-deelnemer');

    /* ---------------------------------------------------------------- step 9 */
    await A.volgende();
    await wachtOpStap('Vervolgacties');
    const actieForm = b.page.getByRole('form', { name: 'Nieuwe actie' });
    await actieForm.getByLabel('Wat').fill(ACTIE);
    await actieForm.getByLabel('Wie').fill('Bram Jansen');
    await actieForm.getByLabel('Wanneer').fill('2030-04-01');
    await actieForm.getByRole('button', { name: 'Actie toevoegen' }).click();
    for (const x of alle) await x.page.getByRole('list', { name: /^Vervolgacties/ }).getByText(ACTIE).waitFor();
    await screenshot(a.page, 'actieleren-9-vervolgacties-begeleider');
    expect(await ernstigeProblemen(b.page)).toEqual([]);

    // The facilitator can go back a step, then ends early: on to the Afsluiting.
    await A.knop('Vorige stap').click();
    await wachtOpStap('Aanscherpen');
    await A.knop('Actieleren afronden').click();

    /* ---------------------------------------------------------------- afsluiting */
    const AfA = new AfsluitingPagina(a.page);
    const AfF = new AfsluitingPagina(f.page);
    const AfB = new AfsluitingPagina(b.page);
    for (const x of [AfA, AfF, AfB]) await x.stapIsActief('Acties en successen').waitFor();
    const afsluitForm = f.page.getByRole('form', { name: 'Nieuwe actie' });
    await afsluitForm.getByLabel('Wat').fill('Woningcorporaties vragen om signalen door te geven');
    await afsluitForm.getByLabel('Wie').fill('Fatima Ouali');
    await afsluitForm.getByLabel('Speerpunt').selectOption({ label: 'Vroegsignalering huurachterstanden' });
    await afsluitForm.getByRole('button', { name: 'Actie toevoegen' }).click();
    await a.page.getByRole('list', { name: 'Onder speerpunt: Vroegsignalering huurachterstanden' }).getByText('Woningcorporaties vragen').waitFor();
    await b.page.getByRole('form', { name: 'Nieuw succes' }).getByLabel('Nieuw succes').fill('Mevrouw J. durft de verhuurder weer te bellen');
    await b.page.getByRole('form', { name: 'Nieuw succes' }).getByRole('button', { name: 'Succes toevoegen' }).click();
    await f.page.getByText('Mevrouw J. durft de verhuurder weer te bellen').waitFor();
    await screenshot(a.page, 'afsluiting-1-acties-begeleider');
    expect(await ernstigeProblemen(f.page)).toEqual([]);

    await AfA.gaNaarStap('Vraagstukken');
    for (const x of [AfF, AfB]) await x.stapIsActief('Vraagstukken').waitFor();
    await AfF.vraagstuk('Fatima Ouali').getByRole('radio', { name: 'Hier kan ik al mee aan de slag' }).check();
    await AfB.vraagstuk('Bram Jansen').getByRole('radio', { name: 'Dit moet ik verder uitdiepen' }).check();
    await expect.poll(() => AfA.vraagstuk('Bram Jansen').getByRole('radio', { name: 'Dit moet ik verder uitdiepen' }).isChecked()).toBe(true);
    await f.page
      .getByRole('list', { name: 'Vraagstukken van de deelnemers' })
      .getByRole('listitem')
      .filter({ hasText: 'Vraagstuk van Bram Jansen' })
      .filter({ hasText: 'Dit moet ik verder uitdiepen' })
      .waitFor();
    await screenshot(f.page, 'afsluiting-2-vraagstukken-deelnemer');
    expect(await ernstigeProblemen(f.page)).toEqual([]);

    await AfA.gaNaarStap('Volgende bijeenkomst');
    const plan = a.page.getByRole('form', { name: 'Volgende bijeenkomst plannen' });
    await plan.getByLabel('Datum en tijd').fill('2030-04-11T13:30');
    await plan.getByLabel('Intentie').fill('Terugkijken op het gesprek met de verhuurder');
    await plan.getByRole('button', { name: 'Volgende bijeenkomst plannen' }).click();
    await a.page.getByText('De volgende bijeenkomst is gepland.').waitFor();
    for (const p of [f.page, b.page]) await p.getByText('Terugkijken op het gesprek met de verhuurder').waitFor();
    await b.page.getByText(/11 april 2030 om 13:30/).waitFor();
    await screenshot(a.page, 'afsluiting-3-volgende-begeleider');
    expect(await ernstigeProblemen(a.page)).toEqual([]);

    await AfA.gaNaarStap('Stille reflectie');
    await A.knop('Start stille reflectie').click();
    await expect.poll(() => f.page.getByRole('timer').getAttribute('aria-label')).toMatch(/Nog (1 minuut|2 minuten)/);
    await F.veld('Jouw reflectie').fill('Door te vertragen zag ik wat mevrouw J. zelf al kan.');
    await f.page.getByRole('checkbox', { name: 'Deel mijn reflectie met de groep' }).check();
    await F.knop('Versturen').click();
    await B.veld('Jouw reflectie').fill(BRAM_REFLECTIE);
    await B.knop('Versturen').click();
    await b.page.getByText('Je deelt dit niet.').or(b.page.getByText(/^Verstuurd\. /)).first().waitFor();
    await a.page.getByText('2 mensen hebben een reflectie verstuurd.').waitFor();
    await screenshot(f.page, 'afsluiting-4-reflectie-deelnemer');
    expect(await ernstigeProblemen(f.page)).toEqual([]);
    await A.knop('Toon gedeelde reflecties').click();
    for (const p of [a.page, f.page, b.page]) {
      await p.getByRole('list', { name: /^Gedeelde reflecties/ }).getByText('Door te vertragen zag ik wat mevrouw J. zelf al kan.').waitFor();
    }
    await b.page.getByText('Je deelt dit niet.').waitFor();
    // What Bram kept to himself reached nobody else.
    for (const p of [a.page, f.page]) expect(await p.content()).not.toContain(BRAM_REFLECTIE);
    await screenshot(a.page, 'afsluiting-5-reflecties-begeleider');

    /* ---------------------------------------------------------------- afsluiten */
    await a.page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
    await a.page.getByRole('button', { name: 'Ja, afsluiten' }).click();
    for (const p of [a.page, f.page, b.page]) await p.getByText('Deze bijeenkomst is afgesloten').waitFor();
    await expect(b.page.getByRole('textbox').count()).resolves.toBe(0);
    await screenshot(f.page, 'afsluiting-6-afgesloten-deelnemer');

    // The step-9 action is on the traject page and in the next bijeenkomst's Opening.
    await a.page.goto(`${omgeving.server.url}/trajecten/${traject.id}`);
    await a.page.getByRole('list', { name: 'Actielijst' }).getByText(ACTIE).waitFor();
    await screenshot(a.page, 'actieleren-10-traject-actielijst');
    const kamer2 = await new BegeleiderApp(a.page, omgeving.server.url).openBijeenkomst(2);
    await kamer2.kiesWerkvorm('Opening');
    await kamer2.gaNaarStap('Terugblik en acties');
    await a.page.getByRole('list', { name: 'Open acties van eerdere bijeenkomsten' }).getByText(ACTIE).waitFor();
    await screenshot(a.page, 'actieleren-11-opening-volgende-bijeenkomst');

    for (const x of [a, f, b]) expect(x.verzoeken.vreemd(omgeving.server.url)).toEqual([]);
    await Promise.all([a.context.close(), f.context.close(), b.context.close()]);
  });
});
