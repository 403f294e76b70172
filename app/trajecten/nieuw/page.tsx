import type { Metadata } from 'next';
import { nl } from '../../../lib/i18n/nl';
import { NieuwTrajectFormulier } from '../../_paginas/NieuwTrajectFormulier';

export const metadata: Metadata = { title: nl.nieuwTraject.titel };

export default function Page() {
  return <NieuwTrajectFormulier />;
}
