'use client';

import { useMemo } from 'react';
import type { PubliekeRonde } from '../../../lib/protocol';
import { langeLijst, wortel, type LijstItem } from '../../../lib/werkvormen/speerpunten/lijst';
import { SpeerpuntenInstellingen, STANDAARD_TOP, type Ontwikkelpunt } from '../../../lib/werkvormen/speerpunten/schema';
import { rangorde, tellingNaLijst, topItems, type Telling } from '../../../lib/werkvormen/speerpunten/stemmen';
import { useOntwikkelpunten } from '../../_sync/useOntwikkelpunten';
import type { WerkvormProps } from '../WerkvormProps';

export type SpeerpuntenData = ReturnType<typeof useSpeerpuntenData>;

/**
 * Everything the four steps share: the long list (traject doc), the
 * begeleider's settings and the vote round (server), and the tally mapped
 * onto the list as it is now.
 */
export function useSpeerpuntenData({ trajectDoc, kamer }: Pick<WerkvormProps, 'trajectDoc' | 'kamer'>) {
  const ontwikkel = useOntwikkelpunten(trajectDoc);
  const { punten } = ontwikkel;
  const lijst: LijstItem[] = useMemo(() => langeLijst(punten), [punten]);
  const perId = useMemo(() => new Map<string, Ontwikkelpunt>(punten.map((p) => [p.id, p])), [punten]);

  const geparsed = SpeerpuntenInstellingen.safeParse(kamer.toestand?.werkvormen.speerpunten ?? {});
  const instellingen: SpeerpuntenInstellingen = geparsed.success ? geparsed.data : {};
  const rondeId = instellingen.stemRonde ?? null;
  const ronde: PubliekeRonde | null = (rondeId && kamer.toestand?.rondes.find((r) => r.id === rondeId)) || null;
  const uitslag = rondeId ? kamer.uitslagen[rondeId] : undefined;
  const optieIds = instellingen.stemOpties ?? [];
  const topAantal = instellingen.topAantal ?? STANDAARD_TOP;

  // The tally per item of the list as it is now (merges after the vote count along).
  const telling: Telling[] | null = useMemo(() => {
    if (!uitslag || optieIds.length === 0) return null;
    return tellingNaLijst(rangorde(uitslag, optieIds), (id) => (perId.has(id) ? wortel(id, perId) : null));
  }, [uitslag, optieIds.join('|'), perId]);

  const stemmenVan = useMemo(() => new Map((telling ?? []).map((t) => [t.id, t.stemmen])), [telling]);
  /** The items that go on the matrix: the top of the vote, or the whole list when there was no vote. */
  const matrixIds: string[] = telling ? topItems(telling, topAantal).map((t) => t.id) : lijst.map((i) => i.punt.id);

  return { ...ontwikkel, lijst, perId, instellingen, ronde, uitslag, telling, stemmenVan, matrixIds, topAantal };
}
