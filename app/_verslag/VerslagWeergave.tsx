import type { ReactNode } from 'react';
import { naamVanBron } from '../../lib/verslag/afbeelding';
import type { Blok, Document, Span } from '../../lib/verslag/document';

type Kop = 'h1' | 'h2' | 'h3' | 'h4';
const KOPPEN: readonly Kop[] = ['h1', 'h2', 'h3', 'h4'];

function Spans({ spans }: { spans: readonly Span[] }) {
  return (
    <>
      {spans.map((s, i) => {
        let inhoud: ReactNode = s.tekst;
        if (s.cursief) inhoud = <em>{inhoud}</em>;
        if (s.vet) inhoud = <strong>{inhoud}</strong>;
        return <span key={i}>{inhoud}</span>;
      })}
    </>
  );
}

/** Where the browser gets a block's image: the stored one of this bijeenkomst, or a data: URI as it is. */
function beeldUrl(bron: string, bijeenkomstId: string | undefined): string | null {
  const naam = naamVanBron(bron);
  if (naam) return bijeenkomstId ? `/api/bijeenkomsten/${encodeURIComponent(bijeenkomstId)}/verslag/afbeeldingen/${naam}` : null;
  return bron.startsWith('data:image/png;base64,') ? bron : null;
}

function BlokWeergave({ blok, verschuiving, bijeenkomstId }: { blok: Blok; verschuiving: 0 | 1; bijeenkomstId: string | undefined }) {
  switch (blok.soort) {
    case 'kop': {
      const H = KOPPEN[Math.min(3, blok.niveau - 1 + verschuiving)] ?? 'h4';
      return <H>{blok.tekst}</H>;
    }
    case 'alinea':
      return (
        <p>
          <Spans spans={blok.spans} />
        </p>
      );
    case 'lijst': {
      const items = blok.items.map((item, i) => (
        <li key={i}>
          <Spans spans={item} />
        </li>
      ));
      return blok.genummerd ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'tabel':
      return (
        <div className="verslag-tabel">
          <table>
            <thead>
              <tr>
                {blok.kolommen.map((k, i) => (
                  <th key={i} scope="col">
                    {k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {blok.rijen.map((r, i) => (
                <tr key={i}>
                  {blok.kolommen.map((_, k) => (
                    <td key={k}>{r[k] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'afbeelding': {
      const src = beeldUrl(blok.bron, bijeenkomstId);
      return (
        <figure className="verslag-figuur">
          {src ? <img src={src} alt={blok.alt} /> : <p className="verslag-figuur__ontbreekt">{blok.alt}</p>}
          {blok.bijschrift && <figcaption>{blok.bijschrift}</figcaption>}
        </figure>
      );
    }
    case 'paginaEinde':
      return <hr className="verslag-pagina-einde" />;
  }
}

/**
 * The verslag as a web page: the same model the DOCX and PDF are drawn from.
 * `verschuiving` moves headings one level down where the page has its own h1;
 * `bijeenkomstId` says whose stored images `afbeelding:<naam>` means.
 */
export function VerslagWeergave({ document, verschuiving = 0, bijeenkomstId }: { document: Document; verschuiving?: 0 | 1; bijeenkomstId?: string }) {
  return (
    <article className="verslag-blad" lang="nl">
      {document.blokken.map((b, i) => (
        <BlokWeergave key={i} blok={b} verschuiving={verschuiving} bijeenkomstId={bijeenkomstId} />
      ))}
    </article>
  );
}
