import { nlVerslag as t } from '../../i18n/nl-verslag';
import { verwijzing } from '../afbeelding';
import { afbeelding, kop, type Blok } from '../document';

/**
 * The optional appendix of DESIGN §4: the vrij bord as the begeleider took it
 * into the verslag, on a page of its own after the verslag proper, so the one
 * to three pages stay as they are.
 */
export function vrijBordBlokken(nummer: number): Blok[] {
  return [
    { soort: 'paginaEinde' },
    kop(2, t.afbeelding.vrijBordKop),
    afbeelding(verwijzing('vrij-bord'), t.afbeelding.vrijBordAlt, t.afbeelding.vrijBordBijschrift(nummer)),
  ];
}
