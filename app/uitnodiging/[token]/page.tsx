import { UitnodigingAccepteren } from '../../_paginas/UitnodigingAccepteren';

/** `/uitnodiging/<token>`: become co-facilitator of a traject. */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <UitnodigingAccepteren token={token} />;
}
