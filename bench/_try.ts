import { startReference } from './servers';
import { runLoad } from './loadRun';
const n = Number(process.argv[2] ?? 50);
const workers = Number(process.argv[3] ?? 2);
const ref = await startReference();
try {
  const r = await runLoad(ref, { room: 'bench-' + n, cookies: Array(n).fill(null), socketIo: null, workers, warmupMs: 2000, measureMs: 10000, minIntervalMs: 250, maxIntervalMs: 500, typingShare: 0.7, typists: Number(process.argv[4] ?? n), klaarEveryMs: 0 });
  console.log(JSON.stringify(r, null, 1));
} finally { await ref.stop(); }
