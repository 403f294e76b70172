import { describe, expect, it } from 'vitest';
import { naarMarkdown } from '../../verslag/markdown';
import { dagVan, naBestemming, naSluiten, naTrekking, trek } from './machine';
import { KletsvraagBody, leesKletspotStand } from './schema';
import { heeftKletspot, kletspotBlokken } from './verslag';

describe('kletspot', () => {
  it('keeps only the day', () => {
    expect(dagVan(Date.UTC(2030, 2, 14, 23, 59, 59, 999))).toBe('2030-03-14');
  });

  it('draws blind from the open questions', () => {
    expect(trek([], 0.5)).toBeNull();
    expect(trek(['a', 'b', 'c'], 0)).toBe('a');
    expect(trek(['a', 'b', 'c'], 0.5)).toBe('b');
    expect(trek(['a', 'b', 'c'], 0.999999)).toBe('c');
    expect(trek(['a'], 1)).toBe('a');
  });

  it('shows, closes and puts a question on the agenda once', () => {
    const vraag = { id: 'k1', tekst: 'Wie wil er op zoek naar een nieuwe baan?' };
    let s = naTrekking({ vraag: null, agenda: [] }, vraag);
    expect(s.vraag).toEqual(vraag);
    s = naBestemming(s, vraag, 'agenda');
    s = naBestemming(s, vraag, 'agenda');
    expect(s.agenda).toEqual([vraag]);
    expect(naBestemming(s, { id: 'k2', tekst: 'x' }, 'ontwikkelpunt').agenda).toHaveLength(1);
    expect(naSluiten(s)).toEqual({ vraag: null, agenda: [vraag] });
  });

  it('reads the server state defensively and validates questions', () => {
    expect(leesKletspotStand(undefined)).toEqual({ vraag: null, agenda: [] });
    expect(leesKletspotStand({ vraag: 'kapot' })).toEqual({ vraag: null, agenda: [] });
    expect(KletsvraagBody.safeParse({ vraag: 'ok?' }).success).toBe(true);
    expect(KletsvraagBody.safeParse({ vraag: ' a ' }).success).toBe(false);
    expect(KletsvraagBody.safeParse({ vraag: 'x'.repeat(501) }).success).toBe(false);
    expect(KletsvraagBody.safeParse({ vraag: 'Mag dit?', naam: 'Ayse' }).success).toBe(false);
  });

  it('lists the drawn questions in the verslag', () => {
    const k = { vragen: [{ vraag: 'Waarom is de wachtlijst zo lang?', bestemming: 'agenda' as const }, { vraag: 'Wie trekt dit?', bestemming: null }] };
    expect(heeftKletspot(k)).toBe(true);
    const md = naarMarkdown({ titel: 't', blokken: kletspotBlokken(k) });
    expect(md).toContain('## Uit de kletspot');
    expect(md).toContain('- Waarom is de wachtlijst zo lang? (op de agenda gezet)');
    expect(md).toContain('- Wie trekt dit?');
  });
});
