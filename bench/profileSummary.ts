/**
 * Prints where a V8 .cpuprofile (node --cpu-prof) spends its time: self time
 * per function and per package. `node --import tsx bench/profileSummary.ts <file> [top]`
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summarise(file: string, top = 25): string {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const perFn = new Map<string, number>();
  const perPkg = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/main\//, '');
    perFn.set(`${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`, (perFn.get(`${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`) ?? 0) + us);
    const pkg = url === '' ? `(${functionName})` : (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('node:') ? 'node:internal' : short.split('/').slice(0, 2).join('/')));
    perPkg.set(pkg, (perPkg.get(pkg) ?? 0) + us);
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`)
      .join('\n');
  return `${file}: ${(total / 1e6).toFixed(2)} s sampled\n-- by package\n${fmt(perPkg)}\n-- by function (self)\n${fmt(perFn)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of process.argv.slice(2).filter((a) => a.endsWith('.cpuprofile'))) console.log(summarise(f, Number(process.env.TOP ?? 25)));
}
