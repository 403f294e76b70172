import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { io } from 'socket.io-client';
import { nl } from '../lib/i18n/nl';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ColdOpen {
  /** navigation start → the werkvorm's heading is shown, ms */
  werkvormShownMs: number;
  /** navigation start → the werkvorm is usable: the check-in field is there and editable (socket.io state + Yjs doc synced), ms */
  usableMs: number;
  domContentLoadedMs: number;
  loadMs: number;
}

export interface RoomJs {
  files: number;
  rawBytes: number;
  /** gzip (level 9) of each JS file the room page loaded, summed */
  gzipBytes: number;
  /** bytes on the wire as the server sent them (it may not compress) */
  transferBytes: number;
  contentEncodings: string[];
  largest: { url: string; gzipBytes: number }[];
}

/**
 * Makes the facilitator choose the Opening, step 4 (check-in), so that a
 * participant's room shows an input that needs both the socket.io state and
 * the synced Yjs doc.
 */
export async function prepareRoom(baseUrl: string, bijeenkomstId: string, facilitatorCookie: string): Promise<void> {
  const s = io(baseUrl, { auth: { bijeenkomstId }, extraHeaders: { Cookie: facilitatorCookie }, transports: ['websocket'], reconnection: false });
  try {
    await new Promise<void>((resolve, reject) => {
      s.on('connect_error', reject);
      s.on('connect', () => resolve());
    });
    const ack = (await s.timeout(10_000).emitWithAck('werkvorm:kies', { werkvorm: 'opening', stap: 3 })) as { ok?: boolean; error?: string };
    if (!ack.ok) throw new Error(`werkvorm:kies: ${ack.error ?? 'geen ok'}`);
  } finally {
    s.disconnect();
  }
}

/**
 * Installed in the page before any of its scripts: notes when the werkvorm
 * shows and when it is usable. A string, not a function: tsx (esbuild
 * keepNames) would wrap a function in helpers the page does not have.
 */
function usableWatcher(heading: string, label: string): string {
  return `(() => {
    const heading = ${JSON.stringify(heading)};
    const label = ${JSON.stringify(label)};
    const check = () => {
      if (window.__werkvormShown === undefined && document.getElementById('werkvorm-titel')?.textContent === heading) {
        window.__werkvormShown = performance.now();
      }
      if (window.__usable === undefined) {
        for (const l of document.querySelectorAll('label')) {
          if (!l.textContent || !l.textContent.startsWith(label)) continue;
          const field = l.htmlFor ? document.getElementById(l.htmlFor) : null;
          if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && !field.disabled && !field.readOnly) {
            window.__usable = performance.now();
          }
        }
      }
      if (window.__werkvormShown !== undefined && window.__usable !== undefined) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  })();`;
}

/**
 * Cold opens of a room in Chromium: each in a new browser context (empty
 * cache, no service worker), navigation → werkvorm usable, plus the JS the
 * page loaded (before the vrij bord, which is not opened here).
 */
export async function coldOpens(
  baseUrl: string,
  bijeenkomstId: string,
  participantCookie: string,
  runs: number,
): Promise<{ opens: ColdOpen[]; js: RoomJs; chromiumVersion: string }> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const [name, ...rest] = participantCookie.split('=');
    const opens: ColdOpen[] = [];
    let js: RoomJs | null = null;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      await context.addCookies([{ name: name!, value: rest.join('='), url: baseUrl }]);
      const page = await context.newPage();
      await page.addInitScript(usableWatcher(nl.werkvormen.opening, nl.opening.jouwCheckin));
      const scripts: Promise<{ url: string; raw: number; gzip: number; transfer: number; encoding: string }>[] = [];
      // Only the first open counts the JS: a later open's pending reads would
      // fail once its context closes.
      page.on('response', (res) => {
        if (js !== null || res.request().resourceType() !== 'script') return;
        scripts.push(
          (async () => {
            const body = await res.body();
            const sizes = await res.request().sizes();
            return {
              url: res.url().replace(baseUrl, ''),
              raw: body.byteLength,
              gzip: gzipSync(body, { level: 9 }).byteLength,
              transfer: sizes.responseBodySize,
              encoding: (await res.allHeaders())['content-encoding'] ?? 'identity',
            };
          })(),
        );
      });
      await page.goto(`${baseUrl}/bijeenkomsten/${encodeURIComponent(bijeenkomstId)}`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __usable?: number }).__usable !== undefined, null, { timeout: 30_000 });
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const w = window as unknown as { __werkvormShown?: number; __usable?: number };
        return { shown: w.__werkvormShown ?? NaN, usable: w.__usable ?? NaN, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
      });
      opens.push({ werkvormShownMs: timing.shown, usableMs: timing.usable, domContentLoadedMs: timing.dcl, loadMs: timing.load });
      if (js === null) {
        await page.waitForLoadState('networkidle');
        const files = await Promise.all(scripts);
        js = {
          files: files.length,
          rawBytes: files.reduce((a, f) => a + f.raw, 0),
          gzipBytes: files.reduce((a, f) => a + f.gzip, 0),
          transferBytes: files.reduce((a, f) => a + f.transfer, 0),
          contentEncodings: [...new Set(files.map((f) => f.encoding))],
          largest: files
            .sort((a, b) => b.gzip - a.gzip)
            .slice(0, 5)
            .map((f) => ({ url: f.url, gzipBytes: f.gzip })),
        };
      }
      await context.close();
    }
    return { opens, js: js!, chromiumVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
