import type { Metadata } from 'next';
import { nlVerslag } from '../../../../lib/i18n/nl-verslag';
import { VerslagPagina } from '../../../_verslag/VerslagPagina';

export const metadata: Metadata = { title: nlVerslag.pagina.kop };

/** `/bijeenkomsten/<id>/verslag`: read, edit, share and print the verslag of a closed bijeenkomst. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <VerslagPagina id={id} />;
}
