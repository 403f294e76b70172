// Copies tldraw's fonts, icons and translations from @tldraw/assets into
// public/tldraw/, which Next serves from our own origin: the vrij bord never
// asks a CDN for anything (DESIGN §5). Runs before every build (`prebuild`)
// and from `npm start`; skips the copy when the same version is already there.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bron = path.dirname(require.resolve('@tldraw/assets/package.json', { paths: [root] }));
const doel = path.join(root, 'public', 'tldraw');
const versie = JSON.parse(readFileSync(path.join(bron, 'package.json'), 'utf8')).version;
const stempel = path.join(doel, 'VERSION');
const MAPPEN = ['fonts', 'icons', 'translations', 'embed-icons'];

const actueel = existsSync(stempel) && readFileSync(stempel, 'utf8').trim() === versie && MAPPEN.every((m) => existsSync(path.join(doel, m)));
if (actueel) {
  console.log(`[leerbord] tldraw-bestanden ${versie} staan al in public/tldraw`);
} else {
  rmSync(doel, { recursive: true, force: true });
  mkdirSync(doel, { recursive: true });
  for (const map of MAPPEN) cpSync(path.join(bron, map), path.join(doel, map), { recursive: true });
  writeFileSync(stempel, `${versie}\n`);
  console.log(`[leerbord] tldraw-bestanden ${versie} gekopieerd naar public/tldraw`);
}
