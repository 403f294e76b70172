import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startOurs } from './servers';
import { createFixture } from './setup';
import { coldOpens, prepareRoom } from './browser';
const dir = mkdtempSync(path.join(os.tmpdir(), 'lb-dbg-'));
const ours = await startOurs(dir);
try {
  const f = await createFixture(ours.httpUrl, 1, 1);
  await prepareRoom(ours.httpUrl, f.bijeenkomsten[0]!, f.facilitatorCookie);
  console.log(JSON.stringify(await coldOpens(ours.httpUrl, f.bijeenkomsten[0]!, f.participantCookies[0]!, 3), null, 1));
} finally { await ours.stop(); }
