import { describe, expect, it } from 'vitest';
import { isBsn, isIban, vindPersoonsgegevens } from './detect';

const soorten = (t: string) => vindPersoonsgegevens(t).map((v) => v.soort);

describe('isBsn (elfproef)', () => {
  it('accepts valid and rejects invalid numbers', () => {
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
    expect(isBsn('12345678')).toBe(false);
  });
});

describe('isIban', () => {
  it('checks mod 97', () => {
    expect(isIban('NL91ABNA0417164300')).toBe(true);
    expect(isIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isIban('NL92ABNA0417164300')).toBe(false);
  });
});

describe('vindPersoonsgegevens', () => {
  it('finds a BSN in a realistic casus, with or without separators', () => {
    expect(soorten('Mevrouw (BSN 111222333) heeft schulden bij de Belastingdienst.')).toEqual(['bsn']);
    expect(soorten('Haar burgerservicenummer is 1112.22.333, zegt ze.')).toEqual(['bsn']);
    expect(soorten('Ze heeft 123456789 euro schuld (geen BSN).')).toEqual([]);
  });

  it('finds an IBAN, an e-mail address and Dutch phone numbers', () => {
    expect(soorten('Storten op NL91 ABNA 0417 1643 00 graag.')).toEqual(['iban']);
    expect(soorten('Mail naar j.de.vries@hotmail.com voor de afspraak.')).toEqual(['email']);
    expect(soorten('Bel haar op 06-12345678 of 06 1234 5678.')).toEqual(['telefoon', 'telefoon']);
    expect(soorten('Kantoor: 010-1234567, mobiel +31 6 12345678.')).toEqual(['telefoon', 'telefoon']);
    expect(soorten('Het wijkteam (020) 123 45 67 belde terug.')).toEqual(['telefoon']);
  });

  it('leaves ordinary casus text alone', () => {
    const tekst =
      'Een alleenstaande vader van 42 met drie kinderen en €18.500 schuld bij 12 schuldeisers; ' +
      'sinds 2021 in de WSNP, op 14-03-2024 aangemeld bij de kredietbank.';
    expect(vindPersoonsgegevens(tekst)).toEqual([]);
  });

  it('gives positions so the text can be marked', () => {
    const [v] = vindPersoonsgegevens('BSN: 111222333');
    expect(v).toMatchObject({ soort: 'bsn', start: 5, eind: 14, tekst: '111222333' });
  });
});
