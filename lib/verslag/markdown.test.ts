import { describe, expect, it } from 'vitest';
import { bouwVerslag } from './bouwVerslag';
import { alinea, cursief, gewoon, kop, lijst, tabel, vet, type Document } from './document';
import { leesMarkdown } from './leesMarkdown';
import { naarMarkdown } from './markdown';
import { legeSnapshot, volleSnapshot } from './testSnapshot';

describe('Markdown', () => {
  it('reads back exactly what it wrote, for generated verslagen', () => {
    for (const s of [volleSnapshot(), legeSnapshot()]) {
      const d = bouwVerslag(s);
      expect(leesMarkdown(naarMarkdown(d), d.titel)).toEqual(d);
    }
  });

  it('escapes what a person typed so it stays text', () => {
    const d: Document = {
      titel: 't',
      blokken: [
        kop(2, '# Niet *vet*'),
        alinea(gewoon('- geen lijst, 1. geen nummer, *geen cursief*, a\\b')),
        alinea(gewoon('1. ook geen nummer')),
        alinea(gewoon('| geen tabel |')),
        alinea(vet('Vet:'), gewoon(' en '), cursief('schuin'), gewoon(' € ë ï')),
        lijst(['met | streep', '**sterren**']),
        tabel(['a|b', 'c'], [['x\\|y', ''], ['*', '|']]),
        { soort: 'paginaEinde' },
        lijst(['een', 'twee'], true),
      ],
    };
    const md = naarMarkdown(d);
    expect(leesMarkdown(md, 't')).toEqual(d);
  });

  it('reads what a begeleider writes by hand', () => {
    const md = [
      '# Verslag',
      'Een alinea die',
      'doorloopt.',
      '',
      '## Acties ##',
      '* eerste',
      '  vervolg',
      '+ tweede',
      '',
      '1) een',
      '2) twee',
      '',
      'Wat | Wie',
      '',
      '|Wat|Wie|',
      '|:--|--:|',
      '|Bellen|Ayşe|extra|',
      '|Mailen|',
      '',
      '#### Diep',
      'Losse * ster en **half',
    ].join('\r\n');
    const d = leesMarkdown(md);
    expect(d.titel).toBe('Verslag');
    expect(d.blokken).toEqual([
      kop(1, 'Verslag'),
      alinea(gewoon('Een alinea die doorloopt.')),
      kop(2, 'Acties'),
      lijst(['eerste vervolg', 'tweede']),
      lijst(['een', 'twee'], true),
      alinea(gewoon('Wat | Wie')),
      tabel(['Wat', 'Wie'], [['Bellen', 'Ayşe'], ['Mailen', '']]),
      kop(3, 'Diep'),
      alinea(gewoon('Losse * ster en **half')),
    ]);
  });

  it('never throws on odd input', () => {
    for (const md of ['', '\n\n', '|', '|\n|-', '***', '#', '- ', '\\', '**', 'a'.repeat(100_000)]) {
      expect(() => leesMarkdown(md)).not.toThrow();
    }
  });
});
