'use client';

import type { Werkvorm } from '../../lib/protocol';
import { Opening } from './opening/Opening';
import { VolgtPaneel } from './VolgtPaneel';
import type { WerkvormProps } from './WerkvormProps';

/** The registry: which view renders which werkvorm. */
export function WerkvormWeergave({ werkvorm, ...props }: WerkvormProps & { werkvorm: Werkvorm }) {
  switch (werkvorm) {
    case 'opening':
      return <Opening {...props} />;
    case 'vraagstuk':
    case 'nulmeting':
    case 'actieleren':
    case 'klantreis':
    case 'speerpunten':
    case 'vrij-bord':
    case 'afsluiting':
      return <VolgtPaneel werkvorm={werkvorm} />;
    default:
      return assertNever(werkvorm);
  }
}

function assertNever(x: never): never {
  throw new Error(`onbekende werkvorm: ${String(x)}`);
}
