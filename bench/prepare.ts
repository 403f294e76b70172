import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResults } from './run';
import { REFERENCE_DIR, ROOT } from './servers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Uses the production build in .next (waits for someone else's build; `rebuild` forces one). */
export async function ensureBuild(rebuild: boolean, log: (s: string) => void): Promise<void> {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  // Someone else's `next build` is writing .next: wait for it rather than race it.
  for (let waited = 0; !existsSync(buildId) && existsSync(path.join(ROOT, '.next', 'lock')) && waited < 300; waited += 5) {
    if (waited === 0) log('another next build is running; waiting for it…');
    await sleep(5_000);
  }
  if (existsSync(buildId) && !rebuild) {
    const ageMin = (Date.now() - statSync(buildId).mtimeMs) / 60_000;
    log(`using the existing production build (${ageMin.toFixed(0)} min old; --build to rebuild)`);
    return;
  }
  log('building the pages (next build)…');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('next build failed');
}

/** Installs the reference server into bench/reference from its lock file on first use. */
export function ensureReference(log: (s: string) => void): void {
  if (existsSync(path.join(REFERENCE_DIR, 'node_modules', '@y', 'websocket-server', 'package.json'))) return;
  log('installing the reference server (npm ci --prefix bench/reference)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefix', REFERENCE_DIR, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('installing bench/reference failed');
}

/** What the figures were measured on. */
export function machine(): BenchResults['machine'] {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  let chromium: string | null = null;
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = null;
  }
  return { cpu, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), kernel: os.release(), node: process.version, chromium };
}
