import type { Metadata } from 'next';
import { nl } from '../../lib/i18n/nl';
import { TrajectenOverzicht } from '../_paginas/TrajectenOverzicht';

export const metadata: Metadata = { title: nl.trajecten.titel };

export default function Page() {
  return <TrajectenOverzicht />;
}
