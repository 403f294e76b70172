import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nl } from '../../lib/i18n/nl';
import { joinVolledig, kamerClient, nieuweBijeenkomst, nieuwTraject, setupBegeleider, waitFor } from '../helpers/clients';
import { nieuweContext, screenshot } from './fixtures/browser';
import { metServerEnBrowser } from './fixtures/omgeving';
import { zetCookies } from './fixtures/sessie';

/** What the focused element is called, as a screen reader would hear it (roughly). */
async function focusNaam(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = el.getAttribute('aria-label');
    if (label) return label;
    const id = el.getAttribute('id');
    const voor = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    return (voor?.textContent ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused element has this name; fails when it never comes. */
async function tabNaar(page: Page, naam: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusNaam(page)) === naam) return;
  }
  throw new Error(`Met Tab niet bij "${naam}" gekomen`);
}

/**
 * Actieleren by keyboard alone (issue 11): a participant writes their private
 * answer in step 3 and votes in step 5 with Tab, typing and Enter only; the
 * begeleider drives the room over the protocol.
 */
describe('actieleren met alleen het toetsenbord', () => {
  const omgeving = metServerEnBrowser();

  it('een deelnemer schrijft een antwoord en stemt zonder muis', async () => {
    const { server, browser } = omgeving;
    const begeleider = await setupBegeleider(server.url, { naam: 'Anna de Vries' });
    const traject = await nieuwTraject(begeleider.api, { titel: 'Werkplaats Toetsenbord' });
    const bijeenkomstId = await nieuweBijeenkomst(begeleider.api, traject.id, { intentie: 'Actieleren zonder muis' });
    const deelnemer = await joinVolledig(server.url, traject.joinToken, 'Bram Jansen', 'Kredietbank', 'uitvoering');

    const kamer = kamerClient(server.url, bijeenkomstId, begeleider.cookie);
    await waitFor(() => kamer.toestand(), 10_000, 'kamer:toestand');
    expect((await kamer.emitAck('werkvorm:kies', { werkvorm: 'actieleren', stap: 3 })).ok).toBe(true);
    const ronde = await kamer.emitAck('ronde:open', { soort: 'prive', titel: 'Antwoorden in één minuut' });
    const antwoordRonde = String(ronde.rondeId);
    expect((await kamer.emitAck('werkvorm:zet', { werkvorm: 'actieleren', waarden: { antwoordRonde } })).ok).toBe(true);

    const b = await nieuweContext(browser);
    await zetCookies(b.context, server.url, deelnemer.cookie);
    await b.page.goto(`${server.url}/bijeenkomsten/${bijeenkomstId}`);
    await b.page.getByLabel(nl.actieleren.jouwAntwoorden).waitFor();

    // Step 3: write and send, by keyboard.
    await tabNaar(b.page, nl.actieleren.jouwAntwoorden);
    await b.page.keyboard.type('Samen met de klant een budgetplan maken');
    await tabNaar(b.page, nl.ronde.versturen);
    await b.page.keyboard.press('Enter');
    await waitFor(
      () => kamer.toestand()?.rondes?.find((r: { id: string }) => r.id === antwoordRonde)?.aantalInzendingen === 1 || undefined,
      10_000,
      'the answer reached the server',
    );
    await screenshot(b.page, 'toetsenbord-actieleren-3');

    // Step 5: the begeleider reveals and opens the vote; the participant votes by keyboard.
    expect((await kamer.emitAck('ronde:onthul', { rondeId: antwoordRonde })).ok).toBe(true);
    const idee = 'Samen met de klant een budgetplan maken';
    const stem = await kamer.emitAck('ronde:open', { soort: 'stemmen', titel: 'Ideeën selecteren', opties: [idee], budget: 3 });
    const stemRonde = String(stem.rondeId);
    expect((await kamer.emitAck('werkvorm:zet', { werkvorm: 'actieleren', waarden: { stemRonde } })).ok).toBe(true);
    expect((await kamer.emitAck('werkvorm:kies', { werkvorm: 'actieleren', stap: 5 })).ok).toBe(true);
    const stemKnop = nl.actieleren.stemErbij(idee);
    await b.page.getByRole('button', { name: stemKnop }).waitFor();
    await tabNaar(b.page, stemKnop);
    await b.page.keyboard.press('Enter');
    await waitFor(
      () => kamer.toestand()?.rondes?.find((r: { id: string }) => r.id === stemRonde)?.aantalInzendingen === 1 || undefined,
      10_000,
      'the vote reached the server',
    );
    await screenshot(b.page, 'toetsenbord-actieleren-5');
    await b.context.close();
    kamer.close();
  });
});
