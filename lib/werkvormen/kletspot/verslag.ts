import { z } from 'zod';
import { nlVraagstuk } from '../../i18n/nl-vraagstuk';
import { kop, lijst, type Blok } from '../../verslag/document';
import { kort } from '../../verslag/tekst';
import { KletsBestemming } from './schema';

const t = nlVraagstuk.verslagKletspot;

/** The kletspot questions drawn in this bijeenkomst, for the verslag snapshot. */
export const KletspotVerslag = z.object({
  vragen: z.array(z.object({ vraag: z.string().max(2000), bestemming: KletsBestemming.nullable() })),
});
export type KletspotVerslag = z.infer<typeof KletspotVerslag>;

export function heeftKletspot(k: KletspotVerslag | null | undefined): k is KletspotVerslag {
  return Boolean(k && k.vragen.length > 0);
}

export function kletspotBlokken(k: KletspotVerslag): Blok[] {
  return [
    kop(2, t.kop),
    lijst(
      k.vragen.map((v) => {
        const waar = v.bestemming === 'agenda' ? t.opAgenda : v.bestemming === 'ontwikkelpunt' ? t.naarLijst : null;
        return waar ? `${kort(v.vraag, 300)} (${waar})` : kort(v.vraag, 300);
      }),
    ),
  ];
}
