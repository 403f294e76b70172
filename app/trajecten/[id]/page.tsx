import { TrajectPagina } from '../../_traject/TrajectPagina';

/** `/trajecten/<id>`: the traject for its facilitators and participants. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TrajectPagina id={id} />;
}
