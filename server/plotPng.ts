import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { VerslagAfbeelding } from '../lib/verslag/afbeelding';

const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'fonts');
const LETTERTYPEN = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((n) => path.join(FONTS, `LiberationSans-${n}.ttf`));

/** Twice the SVG's size: sharp on paper once scaled to the page width. */
const SCHAAL = 2;

/**
 * Rasterises an SVG we drew ourselves (the nulmeting plot) to PNG, in the
 * process and without a browser: resvg with only the shipped Liberation Sans,
 * no system font lookup, so the image is the same on every server.
 */
export function svgNaarPng(svg: string, breedte: number): VerslagAfbeelding {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(breedte * SCHAAL) },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: LETTERTYPEN, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  const beeld = resvg.render();
  const png = new Uint8Array(beeld.asPng());
  return { png, breedte: beeld.width, hoogte: beeld.height };
}
