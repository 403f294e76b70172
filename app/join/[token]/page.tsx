import { JoinFormulier } from '../../_paginas/JoinFormulier';

/** `/join/<token>`: participants (and observers) enter a traject without an account. */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <JoinFormulier token={token} />;
}
