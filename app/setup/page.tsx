import type { Metadata } from 'next';
import { nl } from '../../lib/i18n/nl';
import { SetupFormulier } from '../_paginas/SetupFormulier';

export const metadata: Metadata = { title: nl.setup.titel };

export default function Page() {
  return <SetupFormulier />;
}
