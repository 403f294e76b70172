import { nl } from '../../../lib/i18n/nl';
import { ROLLEN, type Rol } from '../../../lib/protocol';
import { VRAAGSTUK_VELDEN, type VraagstukTekst } from '../../../lib/werkvormen/vraagstuk/schema';
import type { ReactNode } from 'react';

const t = nl.vraagstuk.vraagstuk;

function rolNaam(rol: string): string {
  return (ROLLEN as readonly string[]).includes(rol) ? nl.rollen[rol as Rol] : rol;
}

/** One person's vraagstuk as a card: name, organisation and rol, then the three answers. */
export function VraagstukKaart({
  id,
  naam,
  organisatie,
  rol,
  vraagstuk,
  kopNiveau = 3,
  children,
}: {
  id: string;
  naam: string;
  organisatie: string;
  rol: string;
  vraagstuk: VraagstukTekst;
  kopNiveau?: 3 | 4;
  children?: ReactNode;
}) {
  const Kop = kopNiveau === 3 ? 'h3' : 'h4';
  const meta = [organisatie, rol ? rolNaam(rol) : ''].filter(Boolean).join(' · ');
  return (
    <article className="vk-kaart" aria-labelledby={`${id}-naam`}>
      <Kop id={`${id}-naam`} className="vk-kaart__naam">
        {naam || t.onbekend}
      </Kop>
      {meta && <p className="vk-kaart__meta">{meta}</p>}
      <dl className="vk-kaart__vragen">
        {VRAAGSTUK_VELDEN.map((veld) => (
          <div key={veld}>
            <dt>{t.vragen[veld]}</dt>
            <dd>{vraagstuk[veld] || t.leeg}</dd>
          </div>
        ))}
      </dl>
      {children}
    </article>
  );
}
