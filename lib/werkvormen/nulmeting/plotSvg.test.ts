import { describe, expect, it } from 'vitest';
import { nulmetingPlotAlt, nulmetingPlotSvg } from './plotSvg';
import type { NulmetingVerslag } from './verslag';

const antwoord = (pdca: 1 | 2 | 3 | 4, weten?: 1 | 2 | 3 | 4) => ({ scores: { pdca, ...(weten ? { weten } : {}) }, opmerking: '' });

describe('nulmeting plot as SVG', () => {
  const n: NulmetingVerslag = {
    metingen: [
      { nummer: 1, dezeBijeenkomst: false, antwoorden: [antwoord(1), antwoord(2)] },
      { nummer: 3, dezeBijeenkomst: true, antwoorden: [antwoord(3, 4), antwoord(3), antwoord(4)] },
    ],
  };

  it('draws one dot per score (open for the earlier meting, filled for this one) plus one per legend entry', () => {
    const { svg } = nulmetingPlotSvg(n);
    const open = svg.match(/<circle [^>]*fill="#ffffff"/g) ?? [];
    const vol = svg.match(/<circle [^>]*fill="#1d5c8c"/g) ?? [];
    expect(open).toHaveLength(2 + 1);
    expect(vol).toHaveLength(4 + 1);
    expect(svg).toContain('Bijeenkomst 1 (eerder)');
    expect(svg).toContain('PDCA-cyclus');
    expect(svg).toContain('font-family="Liberation Sans"');
  });

  it('escapes text and says in words what it shows', () => {
    expect(nulmetingPlotSvg(n).svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    const alt = nulmetingPlotAlt(n);
    expect(alt).toContain('PDCA-cyclus (Bijeenkomst 1: mediaan 1,5; Bijeenkomst 3: mediaan 3)');
    expect(alt).toContain('Weten (Bijeenkomst 1: geen scores; Bijeenkomst 3: mediaan 4)');
  });

  it('a congress of 200 stays inside its rows: the rest is a count', () => {
    const veel: NulmetingVerslag = { metingen: [{ nummer: 1, dezeBijeenkomst: true, antwoorden: Array.from({ length: 200 }, () => antwoord(2)) }] };
    const { svg } = nulmetingPlotSvg(veel);
    expect(svg).toContain('+187');
    expect((svg.match(/<circle /g) ?? []).length).toBeLessThan(40);
  });
});
