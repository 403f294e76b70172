// `npm start`: builds the pages on first run, then starts the one Leerbord process.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NODE_ENV ??= 'production';

// tldraw's fonts, icons and translations, served from public/tldraw (no CDN).
await import('./tldraw-assets.mjs');

if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('[leerbord] eerste start: de pagina’s worden gebouwd (next build)…');
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

register();
await import('../server/index.ts');
