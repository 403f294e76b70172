import type { Metadata } from 'next';
import { nl } from '../../lib/i18n/nl';
import { LoginFormulier } from '../_paginas/LoginFormulier';

export const metadata: Metadata = { title: nl.login.titel };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { terug } = await searchParams;
  // Only same-site paths: never bounce to another origin after login.
  const veilig = typeof terug === 'string' && terug.startsWith('/') && !terug.startsWith('//') ? terug : '/trajecten';
  return <LoginFormulier terug={veilig} />;
}
