import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, startServer, type TestServer } from '../helpers/server';
import {
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  tokenUit,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
} from '../helpers/clients';
import { launchBrowser, nieuweContext, screenshot, type Verzoeken } from './fixtures/browser';
import { JoinPagina, KamerPagina } from './fixtures/leerbord';
import { zetCookies } from './fixtures/sessie';
import { WERKVORMEN } from '../../lib/protocol';

/**
 * Privacy (issue 8): a real browser walks every page of the app and every
 * werkvorm with every step, as facilitator, participant, observer and
 * anonymous visitor, and not one request (HTTP or WebSocket) goes to any host
 * but our own. Pages also carry no resource (script, style, image, font,
 * frame, preconnect) that points elsewhere.
 *
 * Reproduce: `npx vitest run --project e2e tests/e2e/privacy.test.ts`
 */

/** Every page route of the app (app/**\/page.tsx), as URL patterns like `/trajecten/[id]`. */
function paginaRoutes(): string[] {
  const uit: string[] = [];
  const loop = (dir: string, pad: string) => {
    for (const naam of readdirSync(dir)) {
      const p = path.join(dir, naam);
      if (statSync(p).isDirectory()) {
        if (naam.startsWith('_') || naam.startsWith('(') || naam === 'api') continue;
        loop(p, `${pad}/${naam}`);
      } else if (naam === 'page.tsx') uit.push(pad || '/');
    }
  };
  loop(path.join(REPO_ROOT, 'app'), '');
  return uit.sort();
}

/** Resources in the DOM that would load from another host (links to elsewhere are not loads). */
async function vreemdeBronnen(page: Page, origin: string): Promise<string[]> {
  return page.evaluate((eigen) => {
    const uit: string[] = [];
    const host = new URL(eigen).host;
    const kijk = (waarde: string | null, wat: string) => {
      if (!waarde) return;
      for (const deel of waarde.split(',')) {
        const url = deel.trim().split(/\s+/)[0] ?? '';
        if (!url) continue;
        try {
          const u = new URL(url, location.href);
          if ((u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') && u.host !== host) uit.push(`${wat}: ${url}`);
        } catch {
          // not a URL
        }
      }
    };
    document.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data], track[src]').forEach((el) => {
      kijk(el.getAttribute('src') ?? el.getAttribute('data'), el.tagName.toLowerCase());
      kijk(el.getAttribute('srcset'), `${el.tagName.toLowerCase()} srcset`);
    });
    document.querySelectorAll('link[href]').forEach((el) => kijk(el.getAttribute('href'), `link rel=${el.getAttribute('rel')}`));
    document.querySelectorAll('[style*="url("]').forEach((el) => {
      for (const m of (el.getAttribute('style') ?? '').matchAll(/url\(["']?([^"')]+)/g)) kijk(m[1] ?? null, 'inline style url()');
    });
    for (const sheet of Array.from(document.styleSheets)) {
      let regels: CSSRuleList | null = null;
      try {
        regels = sheet.cssRules;
      } catch {
        continue;
      }
      for (const r of Array.from(regels)) for (const m of r.cssText.matchAll(/url\(["']?([^"')]+)/g)) kijk(m[1] ?? null, 'css url()');
    }
    return uit;
  }, origin);
}

describe('privacy: no request leaves our own host', () => {
  let server: TestServer;
  let browser: Browser;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let leernetwerk: NieuwTraject;
  let live: string;
  let gesloten: string;
  let uitnodiging: string;
  let fac: KamerClient;
  const logs: Array<[string, Verzoeken]> = [];
  const bronnen: string[] = [];
  const bezocht = new Set<string>();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    fac?.close();
    await browser?.close();
    await server?.dispose();
  });

  async function bezoek(page: Page, pad: string, patroon: string, wie: string) {
    await page.goto(server.url + pad, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle').catch(() => {});
    await sleep(300);
    bezocht.add(patroon);
    for (const b of await vreemdeBronnen(page, server.url)) bronnen.push(`${wie} ${pad}: ${b}`);
  }

  it('walks every page as anonymous visitor, facilitator, participant and observer', async () => {
    const anoniem = await nieuweContext(browser);
    logs.push(['anoniem', anoniem.verzoeken]);
    // The first run: setup is open.
    await bezoek(anoniem.page, '/', '/', 'anoniem');
    await bezoek(anoniem.page, '/setup', '/setup', 'anoniem');

    bea = await setupBegeleider(server.url, { naam: 'Bea Begeleider' });
    traject = await nieuwTraject(bea.api, { titel: 'Privacy werkplaats' });
    leernetwerk = await nieuwTraject(bea.api, { titel: 'Privacy leernetwerk', type: 'leernetwerk' });
    live = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Alle werkvormen langs' });
    gesloten = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Al afgesloten', datum: '2030-01-10T10:00:00Z' });
    expect((await bea.api.post(`/api/bijeenkomsten/${gesloten}/afsluiten`, {})).status).toBe(200);
    uitnodiging = tokenUit((await bea.api.post(`/api/trajecten/${traject.id}/uitnodigingen`, {})).json.url);
    fac = kamerClient(server.url, live, bea.cookie);
    await fac.ready();

    await bezoek(anoniem.page, '/login', '/login', 'anoniem');
    await bezoek(anoniem.page, `/join/${traject.joinToken}`, '/join/[token]', 'anoniem');
    await bezoek(anoniem.page, `/uitnodiging/${uitnodiging}`, '/uitnodiging/[token]', 'anoniem');
    await bezoek(anoniem.page, '/deze-pagina-bestaat-niet', '404', 'anoniem');
    await bezoek(anoniem.page, `/trajecten/${traject.id}`, '/trajecten/[id]', 'anoniem');

    const b = await nieuweContext(browser);
    logs.push(['begeleider', b.verzoeken]);
    await zetCookies(b.context, server.url, bea.cookie);
    for (const [pad, patroon] of [
      ['/', '/'],
      ['/trajecten', '/trajecten'],
      ['/trajecten/nieuw', '/trajecten/nieuw'],
      [`/trajecten/${traject.id}`, '/trajecten/[id]'],
      [`/trajecten/${leernetwerk.id}`, '/trajecten/[id]'],
      [`/bijeenkomsten/${gesloten}`, '/bijeenkomsten/[id]'],
      [`/bijeenkomsten/${gesloten}/verslag`, '/bijeenkomsten/[id]/verslag'],
    ] as const) {
      await bezoek(b.page, pad, patroon, 'begeleider');
    }

    // A participant comes in through the join page; an observer by cookie.
    const d = await nieuweContext(browser);
    logs.push(['deelnemer', d.verzoeken]);
    await new JoinPagina(d.page).kom(traject.joinUrl, { naam: 'Dirk Deelnemer', organisatie: 'Gemeente', rol: 'Uitvoering' });
    const w = await nieuweContext(browser);
    logs.push(['waarnemer', w.verzoeken]);
    await zetCookies(w.context, server.url, (await joinVolledig(server.url, traject.waarnemerToken, 'Wim Waarnemer', 'Provincie')).cookie);
    await bezoek(w.page, `/trajecten/${traject.id}`, '/trajecten/[id]', 'waarnemer');
    await bezoek(d.page, `/trajecten/${traject.id}`, '/trajecten/[id]', 'deelnemer');
    const l = await nieuweContext(browser);
    logs.push(['deelnemer leernetwerk', l.verzoeken]);
    await zetCookies(l.context, server.url, (await joinVolledig(server.url, leernetwerk.joinToken, 'Lotte Leernetwerk', 'Kredietbank')).cookie);
    await bezoek(l.page, `/trajecten/${leernetwerk.id}`, '/trajecten/[id]', 'deelnemer leernetwerk');

    // Everyone into the live room.
    for (const [ctx, wie] of [[b, 'begeleider'], [d, 'deelnemer'], [w, 'waarnemer']] as const) {
      await bezoek(ctx.page, `/bijeenkomsten/${live}`, '/bijeenkomsten/[id]', wie);
      await new KamerPagina(ctx.page).wachtOpVerbinding();
    }

    // Every werkvorm, every step, on every screen.
    for (const werkvorm of WERKVORMEN) {
      for (let stap = 0; stap <= 10; stap++) {
        const ack = await fac.emitAck('werkvorm:kies', { werkvorm, stap });
        expect(ack.ok, `${werkvorm} stap ${stap}: ${JSON.stringify(ack)}`).toBe(true);
        await sleep(stap === 0 ? 1_500 : 250);
      }
      for (const [ctx, wie] of [[b, 'begeleider'], [d, 'deelnemer'], [w, 'waarnemer']] as const) {
        await ctx.page.waitForLoadState('networkidle').catch(() => {});
        for (const x of await vreemdeBronnen(ctx.page, server.url)) bronnen.push(`${wie} ${werkvorm}: ${x}`);
      }
      if (werkvorm === 'vrij-bord') {
        // Text and a sticky note make tldraw load its fonts and icons: they must come from us too.
        for (const tool of ['tools.text', 'tools.note']) {
          try {
            await b.page.locator(`[data-testid="${tool}"]`).click({ timeout: 5_000 });
            const vlak = b.page.locator('.tl-canvas').first();
            const box = await vlak.boundingBox();
            if (box) await b.page.mouse.click(box.x + box.width / 3 + (tool === 'tools.note' ? 150 : 0), box.y + box.height / 2);
            await b.page.keyboard.type('Privacy 🙂 ëïü');
            await b.page.keyboard.press('Escape');
          } catch (err) {
            console.log(`[privacy] vrij bord: ${tool} not drawn (${String(err).split('\n')[0]})`);
          }
        }
        await b.page.waitForLoadState('networkidle').catch(() => {});
        await sleep(1_000);
        await screenshot(b.page, 'privacy-vrij-bord');
      }
    }

    // Close the room while everyone is in it, then the verslag and the downloads.
    expect((await bea.api.post(`/api/bijeenkomsten/${live}/afsluiten`, {})).status).toBe(200);
    await bea.api.post(`/api/bijeenkomsten/${live}/verslag/delen`, { gedeeld: true });
    await bezoek(d.page, `/bijeenkomsten/${live}/verslag`, '/bijeenkomsten/[id]/verslag', 'deelnemer');
    await bezoek(b.page, `/bijeenkomsten/${live}/verslag`, '/bijeenkomsten/[id]/verslag', 'begeleider');

    await bezoek(b.page, '/login', '/login', 'begeleider');

    for (const ctx of [anoniem, b, d, w, l]) await ctx.context.close();

    console.log(`[privacy] ${bezocht.size} page routes, ${WERKVORMEN.length} werkvormen × 11 steps, ${logs.reduce((n, [, v]) => n + v.urls.length, 0)} requests and websockets from ${logs.length} browsers`);
    const vreemd = logs.flatMap(([wie, v]) => v.vreemd(server.url).map((u) => `${wie}: ${u}`));
    expect(vreemd, 'requests to another host').toEqual([]);
    expect(bronnen, 'resources pointing to another host').toEqual([]);
    for (const [wie, v] of logs) expect(v.urls.length, `${wie} made requests at all`).toBeGreaterThan(0);
    // Websockets were watched too (Yjs and socket.io).
    expect(logs.some(([, v]) => v.urls.some((u) => u.startsWith('ws://'))), 'websockets recorded').toBe(true);
    const ontbreekt = paginaRoutes().filter((p) => !bezocht.has(p));
    expect(ontbreekt, 'pages of app/ this walk did not visit').toEqual([]);
  }, 170_000);
});
