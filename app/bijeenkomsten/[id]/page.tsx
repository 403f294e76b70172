import { Kamer } from '../../_kamer/Kamer';

/** `/bijeenkomsten/<id>`: the live room. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <Kamer id={id} />;
}
