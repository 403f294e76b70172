import { describe, expect, it } from 'vitest';
import { nieuweKamer } from '../../kamer/schema';
import { transition, type KamerContext } from '../../kamer/machine';
import { INSTELLINGEN } from '../registry';

const ctx: KamerContext = { now: 1, newId: () => 'r1', random: () => 0, online: [] };
const begeleider = { id: 'g1', soort: 'begeleider' as const };

describe('server-decided settings of klantreis and speerpunten', () => {
  it('are registered and validated by werkvorm:zet', () => {
    expect(INSTELLINGEN.klantreis).toBeDefined();
    expect(INSTELLINGEN.speerpunten).toBeDefined();
    const zet = (werkvorm: 'klantreis' | 'speerpunten', waarden: Record<string, unknown>) =>
      transition(nieuweKamer(), { type: 'werkvorm:zet', body: { werkvorm, waarden } }, begeleider, ctx);
    const sp = zet('speerpunten', { stemRonde: 'r9', stemOpties: ['a', 'b'], topAantal: 5 });
    expect(sp.ok && sp.state.werkvormen.speerpunten).toEqual({ stemRonde: 'r9', stemOpties: ['a', 'b'], topAantal: 5 });
    expect(zet('speerpunten', { topAantal: 0 })).toMatchObject({ ok: false });
    expect(zet('speerpunten', { stemOpties: Array.from({ length: 201 }, (_, i) => `p${i}`) })).toMatchObject({ ok: false });
    expect(zet('speerpunten', { stap: 2 })).toMatchObject({ ok: false });
    const kr = zet('klantreis', { actieveKlantreis: 'k1' });
    expect(kr.ok && kr.state.werkvormen.klantreis).toEqual({ actieveKlantreis: 'k1' });
    expect(zet('klantreis', { actieveKlantreis: 5 })).toMatchObject({ ok: false });
  });
});
