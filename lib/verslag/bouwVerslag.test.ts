import { describe, expect, it } from 'vitest';
import { bouwVerslag } from './bouwVerslag';
import { spanTekst, type Document } from './document';
import { leesMarkdown } from './leesMarkdown';
import { naarMarkdown } from './markdown';
import { actie, legeSnapshot, volleSnapshot } from './testSnapshot';

const md = (d: Document) => naarMarkdown(d);
const koppen = (d: Document) => d.blokken.flatMap((b) => (b.soort === 'kop' ? [b.tekst] : []));

describe('bouwVerslag', () => {
  it('a full bijeenkomst: header, intentie, every werkvorm with content, actielijst, successen, next', () => {
    const d = bouwVerslag(volleSnapshot());
    expect(d.titel).toBe('Verslag bijeenkomst 2 van 6 · Werkplaats Arbeidstoeleiding en schulden');
    expect(koppen(d)).toEqual([
      'Verslag bijeenkomst 2 van 6',
      'Intentie',
      'Speerpunten',
      'Actieleren: Meneer K. en de loonbeslag-spiraal',
      'Afsluiting',
      'Actielijst',
      'Nieuwe acties (3)',
      'Acties van eerder',
      'Successen',
      'Volgende bijeenkomst',
    ]);
    const tekst = md(d);
    expect(tekst).toContain('**Datum:** donderdag 14 maart 2030, 10:30'); // Dutch time, not the server's UTC
    expect(tekst).toContain('Ayşe Demir (Gemeente Utrecht), Bram de Vries (Kredietbank Nederland), Chloë Jansen (Cliëntenraad)');
    expect(tekst).toContain('**Gekozen idee:** Beslagvrije voet direct herberekenen bij indiensttreding (5 stemmen)');
    expect(tekst).toContain('| Route beslagvrije voet uitwerken met UWV | Bram de Vries | 1 april 2030 |');
    expect(tekst).toContain('| Werkgevers bellen | Ayşe | 1 april 2030 | gedaan |');
    expect(tekst).toContain('Bijeenkomst 3: donderdag 11 april 2030, 10:30.');
  });

  it('no werkvormen run: a short verslag that says so instead of empty sections', () => {
    const d = bouwVerslag(legeSnapshot());
    expect(koppen(d)).toEqual(['Verslag bijeenkomst 2 van 6', 'Intentie', 'Actielijst', 'Nieuwe acties (0)', 'Acties van eerder', 'Successen', 'Volgende bijeenkomst']);
    const tekst = md(d);
    expect(tekst).toContain('**Aanwezig (0):** niemand aangemeld');
    expect(tekst).toContain('Er zijn in deze bijeenkomst geen nieuwe acties afgesproken.');
    expect(tekst).toContain('Er zijn deze keer geen successen genoteerd.');
    expect(tekst).toContain('De volgende bijeenkomst is nog niet gepland.');
    expect(tekst.split('\n').length).toBeLessThan(40);
  });

  it('only one werkvorm (actieleren): only its section is added', () => {
    const s = { ...legeSnapshot(), actieleren: volleSnapshot().actieleren };
    const d = bouwVerslag(s);
    expect(koppen(d).filter((k) => /Actieleren|Afsluiting|Speerpunten/.test(k))).toEqual(['Actieleren: Meneer K. en de loonbeslag-spiraal']);
  });

  it('an actieleren round with nothing filled in adds no section', () => {
    const s = {
      ...legeSnapshot(),
      actieleren: { casusTitel: ' ', reflectievraag: '', casusinbrenger: null, samenvatter: null, ideeen: [], gekozenIdee: null, samenvatting: '', aanscherpingen: [] },
      afsluiting: { vraagstukken: [], reflecties: [{ naam: null, tekst: '  ' }] },
    };
    expect(koppen(bouwVerslag(s)).some((k) => /Actieleren|Afsluiting/.test(k))).toBe(false);
  });

  it('40 new actions are all listed; earlier finished ones are counted, not listed', () => {
    const s = volleSnapshot();
    const veertig = Array.from({ length: 40 }, (_, i) => actie(`n${i}`, { wat: `Actie nummer ${i + 1} met een beschrijving van wat er moet gebeuren`, wie: `Persoon ${i}` }));
    const oud = actie('oud', { bijeenkomstId: 'b1', status: 'gedaan' });
    const d = bouwVerslag({ ...s, acties: [oud, ...veertig], vorigeStatussen: { oud: 'gedaan' } });
    const tekst = md(d);
    for (let i = 1; i <= 40; i++) expect(tekst).toContain(`| Actie nummer ${i} met een beschrijving`);
    expect(tekst).toContain('### Nieuwe acties (40)');
    expect(tekst).not.toContain('| Actie oud |');
    expect(tekst).toContain('1 actie van eerder was al afgerond.');
  });

  it('very long texts are cut at a word, and one endless word inside itself', () => {
    const lang = 'schuldhulpverlening '.repeat(1000);
    const woord = 'x'.repeat(5000);
    const s = volleSnapshot();
    const d = bouwVerslag({
      ...s,
      bijeenkomst: { ...s.bijeenkomst, intentie: lang },
      actieleren: { ...s.actieleren!, casusTitel: woord, samenvatting: lang, aanscherpingen: Array.from({ length: 30 }, () => ({ tekst: lang, auteur: 'Ayşe' })) },
      acties: [actie('l1', { wat: lang, wie: woord })],
    });
    for (const b of d.blokken) {
      const teksten = b.soort === 'kop' ? [b.tekst] : b.soort === 'alinea' ? [spanTekst(b.spans)] : b.soort === 'lijst' ? b.items.map(spanTekst) : b.soort === 'tabel' ? b.rijen.flat() : [];
      for (const t of teksten) expect(t.length).toBeLessThanOrEqual(1600);
    }
    const tekst = md(d);
    expect(tekst).toContain('schuldhulpverlening schuldhulpverlening…');
    expect(tekst).toContain('en 22 andere'); // 8 of 30 sharpenings shown
  });

  it('keeps Dutch characters and the euro sign as they are', () => {
    const s = volleSnapshot();
    const d = bouwVerslag({ ...s, bijeenkomst: { ...s.bijeenkomst, intentie: 'Naïeve vragen over € 1.250,– en de coördinatie met de cliënt' } });
    const tekst = md(d);
    expect(tekst).toContain('Naïeve vragen over € 1.250,– en de coördinatie met de cliënt');
    expect(tekst).toContain('Chloë Jansen');
    expect(tekst).toContain('€ 2.400');
  });

  it('lists earlier actions still open, and those finished since the previous verslag, open first', () => {
    const s = legeSnapshot();
    const acties = [
      actie('x1', { bijeenkomstId: 'b1', status: 'gedaan', wat: 'Al lang klaar' }),
      actie('x2', { bijeenkomstId: 'b1', status: 'gedaan', wat: 'Net klaar' }),
      actie('x3', { bijeenkomstId: null, status: 'open', wat: 'Van de trajectpagina' }),
      actie('x4', { bijeenkomstId: 'b1', status: 'vervallen', wat: 'Niet meer nodig' }),
    ];
    const tekst = md(bouwVerslag({ ...s, acties, vorigeStatussen: { x1: 'gedaan', x2: 'bezig', x4: 'open' } }));
    const volgorde = ['Van de trajectpagina', 'Net klaar', 'Niet meer nodig'].map((w) => tekst.indexOf(`| ${w} |`));
    expect(volgorde.every((p) => p > 0)).toBe(true);
    expect([...volgorde].sort((a, b) => a - b)).toEqual(volgorde);
    expect(tekst).not.toContain('Al lang klaar');
  });

  it('images: the nulmeting plot before its table, the vrij bord as an appendix on its own page; both survive the Markdown', () => {
    const s = {
      ...volleSnapshot(),
      nulmeting: {
        metingen: [
          { nummer: 1, dezeBijeenkomst: false, antwoorden: [{ scores: { pdca: 2 as const }, opmerking: '' }] },
          { nummer: 2, dezeBijeenkomst: true, antwoorden: [{ scores: { pdca: 3 as const, weten: 4 as const }, opmerking: '' }] },
        ],
      },
    };
    const d = bouwVerslag(s, { vrijBord: true });
    const beelden = d.blokken.flatMap((b, i) => (b.soort === 'afbeelding' ? [{ ...b, i }] : []));
    expect(beelden.map((b) => b.bron)).toEqual(['afbeelding:nulmeting', 'afbeelding:vrij-bord']);
    expect(d.blokken[beelden[0]!.i + 1]?.soort).toBe('tabel');
    expect(beelden[0]!.alt).toContain('PDCA-cyclus (Bijeenkomst 1: mediaan 2; Bijeenkomst 2: mediaan 3)');
    expect(beelden[0]!.bijschrift).toContain('naast die van bijeenkomst 1');
    expect(d.blokken.slice(-3).map((b) => b.soort)).toEqual(['paginaEinde', 'kop', 'afbeelding']);
    expect(beelden[1]!.bijschrift).toBe('Het vrij bord van bijeenkomst 2.');
    expect(leesMarkdown(md(d), d.titel)).toEqual(d);
    expect(bouwVerslag(s).blokken.some((b) => b.soort === 'afbeelding' && b.bron === 'afbeelding:vrij-bord')).toBe(false);
  });
});
