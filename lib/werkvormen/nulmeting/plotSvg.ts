import { nlVraagstuk } from '../../i18n/nl-vraagstuk';
import { STANDAARD_MAAT, xVan, type PlotMaat } from './plot';
import { NULMETING_ITEMS, SCORES, type Score } from './schema';
import { toonMediaan, uitslagPerItem, type ItemUitslag } from './statistiek';
import type { NulmetingVerslag } from './verslag';

const t = nlVraagstuk.nulmeting;
const tv = nlVraagstuk.verslagNulmeting;

/* Layout in SVG units; the PNG is drawn at twice this size for print. */
const BREEDTE = 720;
/** Item names left, then the meting of each row, then the plot. */
const ITEMS = 190;
const METING_LABELS = 95;
const RIJ = 34;
/** An item's band is at least this high, so a two-line name fits. */
const MIN_BAND = 44;
const KOP = 46;
const AS = 40;
const STRAAL = 5;
/** The plot area right of the labels: the 1–4 axis with room beside 1 and 4 for wide stacks. */
const maatVoor = (plotX: number): PlotMaat => ({ ...STANDAARD_MAAT, breedte: BREEDTE - plotX - 10, marge: 55, straal: STRAAL, rijHoogte: RIJ });
const KLEUR = { tekst: '#1a1a1a', zacht: '#4a5563', rand: '#d5dbe3', band: '#f3f6f9', nu: '#1d5c8c', nuRand: '#164a72', eerder: '#ffffff', mediaan: '#b35c00' };
const LETTER = 'Liberation Sans';

/** One meting as the figure shows it. */
type Meting = { nummer: number; dezeBijeenkomst: boolean; uitslag: ItemUitslag[] };

/** Escapes text for SVG. */
const x = (tekst: string) => tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Dots side by side per line, two lines per row; beyond that a count says the rest. */
const PER_REGEL = 7;
const MAX_STIPPEN = 2 * PER_REGEL;

/**
 * The dots of one row: per score its dots side by side, centred on the
 * score's x (so counts can be read off without overlap), a second line when
 * there are many, and "+n" when even that is full.
 */
function rijStippen(verdeling: Record<Score, number>, plotX: number, maat: PlotMaat, midden: number, nu: boolean): string[] {
  const uit: string[] = [];
  const stap = STRAAL * 2 + 2;
  for (const s of SCORES) {
    const aantal = verdeling[s];
    if (aantal === 0) continue;
    const getekend = aantal > MAX_STIPPEN ? MAX_STIPPEN - 1 : aantal;
    const lijnen = getekend > PER_REGEL ? 2 : 1;
    for (let i = 0; i < getekend; i++) {
      const lijn = Math.floor(i / PER_REGEL);
      const opLijn = lijn === 0 ? Math.min(getekend, PER_REGEL) : getekend - PER_REGEL;
      const k = i % PER_REGEL;
      const cx = plotX + xVan(s, maat) + (k - (opLijn - 1) / 2) * stap;
      const cy = lijnen === 1 ? midden : midden + (lijn === 0 ? -1 : 1) * (STRAAL + 1);
      uit.push(stip(cx, cy, nu));
    }
    if (getekend < aantal) {
      const rand = plotX + xVan(s, maat) + ((PER_REGEL - 1) / 2) * stap + STRAAL + 2;
      uit.push(`<text x="${r1(rand)}" y="${midden + 10}" font-size="10" font-weight="bold" fill="${KLEUR.tekst}">+${aantal - getekend}</text>`);
    }
  }
  return uit;
}

/** Breaks a label into lines of at most `max` characters, at spaces. */
function regels(tekst: string, max: number): string[] {
  const uit: string[] = [];
  let regel = '';
  for (const woord of tekst.split(' ')) {
    if (regel && `${regel} ${woord}`.length > max) {
      uit.push(regel);
      regel = woord;
    } else regel = regel ? `${regel} ${woord}` : woord;
  }
  if (regel) uit.push(regel);
  return uit;
}

/**
 * The nulmeting of a verslag as one SVG figure: per item a band with a row
 * per meting (the earlier one as open circles, this one filled, so colour is
 * never the only cue), one dot per score on the same 1–4 axis as the room's
 * dot plot (plot.ts), side by side so they can be counted, the median as a
 * bar, and the score names under the axis.
 * Pure text in, text out: the server rasterises it to PNG for the verslag
 * (no browser needed), with the shipped Liberation Sans.
 */
export function nulmetingPlotSvg(n: NulmetingVerslag): { svg: string; breedte: number; hoogte: number } {
  const metingen: Meting[] = [...n.metingen]
    .sort((a, b) => a.nummer - b.nummer)
    .map((m) => ({ nummer: m.nummer, dezeBijeenkomst: m.dezeBijeenkomst, uitslag: uitslagPerItem(m.antwoorden) }));
  const band = Math.max(MIN_BAND, metingen.length * RIJ);
  const hoogte = KOP + NULMETING_ITEMS.length * band + AS;
  // A column naming the meting of each row only when there are two.
  const plotX = ITEMS + (metingen.length > 1 ? METING_LABELS : 10);
  const maat = maatVoor(plotX);
  // Three layers, drawn in this order: the item bands, the grid, and the rest on top.
  const banden: string[] = [];
  const raster: string[] = [];
  const delen: string[] = [];

  // Legend: which row is which meting, with the mark it uses.
  let lx = 8;
  for (const m of metingen) {
    delen.push(stip(lx + 6, 22, m.dezeBijeenkomst));
    const label = m.dezeBijeenkomst ? tv.nu(m.nummer) : tv.eerder(m.nummer);
    delen.push(`<text x="${lx + 18}" y="27" font-size="15" fill="${KLEUR.tekst}">${x(label)}</text>`);
    lx += 30 + label.length * 7.5;
  }
  delen.push(`<rect x="${lx + 2}" y="13" width="4" height="18" rx="1" fill="${KLEUR.mediaan}"/>`);
  delen.push(`<text x="${lx + 14}" y="27" font-size="15" fill="${KLEUR.tekst}">${x(t.mediaan.toLowerCase())}</text>`);

  NULMETING_ITEMS.forEach((item, i) => {
    const y0 = KOP + i * band;
    if (i % 2 === 0) banden.push(`<rect x="0" y="${y0}" width="${BREEDTE}" height="${band}" fill="${KLEUR.band}"/>`);
    const naam = regels(t.items[item].kort, 21);
    const tekstY = y0 + band / 2 - ((naam.length - 1) * 17) / 2 + 5;
    naam.forEach((r, k) => delen.push(`<text x="8" y="${r1(tekstY + k * 17)}" font-size="14.5" font-weight="bold" fill="${KLEUR.tekst}">${x(r)}</text>`));
    metingen.forEach((m, j) => {
      const u = m.uitslag[i];
      if (!u) return;
      const rijY = y0 + (band - metingen.length * RIJ) / 2 + j * RIJ;
      const midden = rijY + RIJ / 2;
      if (metingen.length > 1) {
        delen.push(`<text x="${ITEMS + 4}" y="${midden + 4}" font-size="12" fill="${KLEUR.zacht}">${x(tv.nu(m.nummer))}</text>`);
      }
      if (u.mediaan !== null) {
        delen.push(`<rect x="${r1(plotX + xVan(u.mediaan, maat) - 2)}" y="${rijY + 4}" width="4" height="${RIJ - 8}" rx="1" fill="${KLEUR.mediaan}"/>`);
      }
      delen.push(...rijStippen(u.verdeling, plotX, maat, midden, m.dezeBijeenkomst));
      if (u.scores.length === 0) {
        delen.push(`<text x="${plotX + xVan(1, maat)}" y="${midden + 4}" font-size="12" fill="${KLEUR.zacht}">${x(t.geenScores)}</text>`);
      }
    });
  });

  // The axis, with the score names under the numbers.
  const asY = KOP + NULMETING_ITEMS.length * band + 6;
  delen.push(`<line x1="${plotX + xVan(1, maat)}" x2="${plotX + xVan(4, maat)}" y1="${asY}" y2="${asY}" stroke="${KLEUR.zacht}" stroke-width="1"/>`);
  for (const s of SCORES) {
    const sx = r1(plotX + xVan(s, maat));
    raster.push(`<line x1="${sx}" x2="${sx}" y1="${KOP}" y2="${asY + 4}" stroke="${KLEUR.rand}" stroke-width="1"/>`);
    delen.push(`<text x="${sx}" y="${asY + 17}" font-size="14" font-weight="bold" text-anchor="middle" fill="${KLEUR.tekst}">${s}</text>`);
    delen.push(`<text x="${sx}" y="${asY + 31}" font-size="12.5" text-anchor="middle" fill="${KLEUR.zacht}">${x(t.scoreNamen[s])}</text>`);
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BREEDTE}" height="${hoogte}" viewBox="0 0 ${BREEDTE} ${hoogte}" font-family="${LETTER}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${banden.join('')}${raster.join('')}${delen.join('')}</svg>`;
  return { svg, breedte: BREEDTE, hoogte };
}

function stip(cx: number, cy: number, nu: boolean): string {
  return nu
    ? `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${STRAAL}" fill="${KLEUR.nu}" stroke="${KLEUR.nuRand}" stroke-width="1.5"/>`
    : `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${STRAAL}" fill="${KLEUR.eerder}" stroke="${KLEUR.zacht}" stroke-width="1.5"/>`;
}

/**
 * The figure's text alternative: what it shows, item by item, in words (the
 * table beside it holds the same numbers).
 */
export function nulmetingPlotAlt(n: NulmetingVerslag): string {
  const metingen = [...n.metingen].sort((a, b) => a.nummer - b.nummer);
  const perItem = NULMETING_ITEMS.map((item, i) => {
    const delen = metingen.map((m) => {
      const u = uitslagPerItem(m.antwoorden)[i];
      if (!u || u.scores.length === 0) return `${tv.nu(m.nummer)}: ${t.geenScores}`;
      return `${tv.nu(m.nummer)}: ${t.mediaan.toLowerCase()} ${toonMediaan(u.mediaan)}`;
    });
    return `${t.items[item].kort} (${delen.join('; ')})`;
  });
  return tv.plotAlt(perItem);
}
