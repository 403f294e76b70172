import { describe, expect, it } from 'vitest';
import { nieuwTraject, setupBegeleider } from '../helpers/clients';
import { nieuweContext, screenshot } from './fixtures/browser';
import { zetCookies } from './fixtures/sessie';
import { ernstigeProblemen } from './fixtures/toegankelijkheid';
import { metServerEnBrowser } from './fixtures/omgeving';

/** A facilitator invites a colleague, who makes an account from the link and co-runs the traject. */
describe('medebegeleider uitnodigen', () => {
  const omgeving = metServerEnBrowser();

  it('de collega komt met een eigen account binnen', async () => {
    const begeleider = await setupBegeleider(omgeving.server.url, { naam: 'Anna de Vries' });
    const traject = await nieuwTraject(begeleider.api, { titel: 'Werkplaats Ede' });

    const a = await nieuweContext(omgeving.browser);
    await zetCookies(a.context, omgeving.server.url, begeleider.cookie);
    await a.page.goto(`${omgeving.server.url}/trajecten`);
    await a.page.getByRole('link', { name: 'Werkplaats Ede' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Werkplaats Ede' }).waitFor();
    expect(await ernstigeProblemen(a.page)).toEqual([]);
    await a.page.getByRole('button', { name: 'Medebegeleider uitnodigen' }).click();
    const link = await a.page.getByRole('textbox', { name: 'Uitnodigingslink' }).inputValue();
    expect(link).toMatch(/\/uitnodiging\/[^/]+$/);

    const c = await nieuweContext(omgeving.browser);
    await c.page.goto(link);
    await c.page.getByRole('heading', { name: /Medebegeleider worden van Werkplaats Ede/ }).waitFor();
    await c.page.getByLabel('Naam').fill('Chris Collega');
    await c.page.getByLabel('E-mailadres').fill('chris@example.nl');
    await c.page.getByLabel('Wachtwoord').fill('nog-een-lang-wachtwoord');
    await screenshot(c.page, '13-uitnodiging');
    await c.page.getByRole('button', { name: 'Account aanmaken en accepteren' }).click();
    await c.page.waitForURL(`**/trajecten/${traject.id}`);
    await c.page.getByRole('textbox', { name: 'Deelnemerslink' }).waitFor();
    await c.page.getByText('Ingelogd als Chris Collega').waitFor();

    for (const x of [a, c]) expect(x.verzoeken.vreemd(omgeving.server.url)).toEqual([]);
    await Promise.all([a.context.close(), c.context.close()]);
  });
});
