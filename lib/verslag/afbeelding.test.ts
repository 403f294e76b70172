import { describe, expect, it } from 'vitest';
import { maakPng } from '../../tests/helpers/png';
import { afbeeldingVan, alsDataUri, leesPng, naamVanBron, passend, verwijzing } from './afbeelding';

describe('PNG structure', () => {
  it('reads width and height of a valid PNG', () => {
    const r = leesPng(maakPng(120, 45, 'hallo'));
    expect(r).toMatchObject({ ok: true, breedte: 120, hoogte: 45, bitDiepte: 8, kleurType: 2 });
  });

  it('refuses what is not a PNG, a truncated one and a damaged one, in Dutch', () => {
    const png = maakPng(40, 40);
    expect(leesPng(new TextEncoder().encode('GIF89a…'))).toEqual({ ok: false, reden: 'Het bestand is geen PNG-afbeelding.' });
    expect(leesPng(png.subarray(0, 20))).toMatchObject({ ok: false, reden: expect.stringContaining('afgebroken') });
    expect(leesPng(png.subarray(0, 8))).toMatchObject({ ok: false, reden: expect.stringContaining('geldige kop') });
    expect(leesPng(png.subarray(0, png.length - 20))).toMatchObject({ ok: false, reden: expect.stringContaining('afgebroken') });
    const kapot = Buffer.from(png);
    kapot[40] = (kapot[40] ?? 0) ^ 0xff;
    expect(leesPng(kapot)).toMatchObject({ ok: false, reden: expect.stringContaining('beschadigd') });
  });
});

describe('references and data URIs', () => {
  it('names stored images and reads data: URIs back to the same bytes', () => {
    expect(naamVanBron(verwijzing('vrij-bord'))).toBe('vrij-bord');
    expect(naamVanBron('afbeelding:iets-anders')).toBeNull();
    const png = maakPng(30, 20);
    const terug = afbeeldingVan(alsDataUri(png), undefined);
    expect(terug && Buffer.from(terug.png).equals(png)).toBe(true);
    expect(terug).toMatchObject({ breedte: 30, hoogte: 20 });
    expect(afbeeldingVan('data:image/png;base64,bm9n', undefined)).toBeNull();
  });

  it('scales down to fit, never up', () => {
    expect(passend({ breedte: 2000, hoogte: 1000 }, 500, 800)).toEqual({ breedte: 500, hoogte: 250 });
    expect(passend({ breedte: 1000, hoogte: 4000 }, 500, 800)).toEqual({ breedte: 200, hoogte: 800 });
    expect(passend({ breedte: 100, hoogte: 50 }, 500, 800)).toEqual({ breedte: 100, hoogte: 50 });
  });
});
