'use client';

import dynamic from 'next/dynamic';
import type { Werkvorm } from '../../lib/protocol';
import { Laden } from '../_components/Laden';
import { Opening } from './opening/Opening';
import type { WerkvormProps } from './WerkvormProps';

// The Opening, where every bijeenkomst starts and most people arrive, comes
// with the room. Every other view is a chunk of its own, loaded when its
// werkvorm is shown: the room opens its connections without first
// evaluating all eight.
const laden = () => <Laden />;
const Actieleren = dynamic(() => import('./actieleren/Actieleren').then((m) => m.Actieleren), { loading: laden });
const Afsluiting = dynamic(() => import('./afsluiting/Afsluiting').then((m) => m.Afsluiting), { loading: laden });
const Klantreis = dynamic(() => import('./klantreis/Klantreis').then((m) => m.Klantreis), { loading: laden });
const Speerpunten = dynamic(() => import('./speerpunten/Speerpunten').then((m) => m.Speerpunten), { loading: laden });
const VrijBord = dynamic(() => import('./vrij-bord/VrijBord').then((m) => m.VrijBord), { loading: laden });
const Vraagstuk = dynamic(() => import('./vraagstuk/Vraagstuk').then((m) => m.Vraagstuk), { loading: laden });
const Nulmeting = dynamic(() => import('./nulmeting/Nulmeting').then((m) => m.Nulmeting), { loading: laden });

/** The registry: which view renders which werkvorm. */
export function WerkvormWeergave({ werkvorm, ...props }: WerkvormProps & { werkvorm: Werkvorm }) {
  switch (werkvorm) {
    case 'opening':
      return <Opening {...props} />;
    case 'actieleren':
      return <Actieleren {...props} />;
    case 'afsluiting':
      return <Afsluiting {...props} />;
    case 'klantreis':
      return <Klantreis {...props} />;
    case 'speerpunten':
      return <Speerpunten {...props} />;
    case 'vrij-bord':
      return <VrijBord {...props} />;
    case 'vraagstuk':
      return <Vraagstuk {...props} />;
    case 'nulmeting':
      return <Nulmeting {...props} />;
    default:
      return assertNever(werkvorm);
  }
}

function assertNever(x: never): never {
  throw new Error(`onbekende werkvorm: ${String(x)}`);
}
