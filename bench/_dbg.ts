import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startOurs } from './servers';
import { createFixture } from './setup';
import { prepareRoom } from './browser';
const dir = mkdtempSync(path.join(os.tmpdir(), 'lb-dbg-'));
const ours = await startOurs(dir);
try {
  const f = await createFixture(ours.httpUrl, 1, 1);
  await prepareRoom(ours.httpUrl, f.bijeenkomsten[0]!, f.facilitatorCookie);
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
  for (let run = 0; run < 2; run++) {
  const ctx = await b.newContext();
  const [name, ...rest] = f.participantCookies[0]!.split('=');
  await ctx.addCookies([{ name: name!, value: rest.join('='), url: ours.httpUrl }]);
  const page = await ctx.newPage();
  const t0 = Date.now();
  const ev = (s: string) => console.log(String(Date.now() - t0).padStart(5), s);
  page.on('request', (r) => ev(`req  ${r.method()} ${r.url().replace(ours.httpUrl, '').slice(0, 80)}`));
  page.on('requestfinished', (r) => ev(`done ${r.url().replace(ours.httpUrl, '').slice(0, 80)}`));
  page.on('websocket', (ws) => { ev(`ws open ${ws.url().slice(0, 90)}`); ws.on('framereceived', (fr) => ev(`ws recv ${ws.url().slice(-20)} ${typeof fr.payload === 'string' ? fr.payload.slice(0, 40) : 'bin ' + fr.payload.length}`)); ws.on('framesent', (fr) => ev(`ws sent ${ws.url().slice(-20)} ${typeof fr.payload === 'string' ? fr.payload.slice(0, 40) : 'bin ' + fr.payload.length}`)); });
  await page.goto(`${ours.httpUrl}/bijeenkomsten/${f.bijeenkomsten[0]}`);
  await page.getByLabel('Jouw check-in').waitFor();
  ev('usable');
  await ctx.close();
  }
  await b.close();
} finally { await ours.stop(); }
