'use client';

import type { Werkvorm } from '../../lib/protocol';
import { Actieleren } from './actieleren/Actieleren';
import { Afsluiting } from './afsluiting/Afsluiting';
import { Klantreis } from './klantreis/Klantreis';
import { Nulmeting } from './nulmeting/Nulmeting';
import { Opening } from './opening/Opening';
import { Speerpunten } from './speerpunten/Speerpunten';
import { Vraagstuk } from './vraagstuk/Vraagstuk';
import { VrijBord } from './vrij-bord/VrijBord';
import type { WerkvormProps } from './WerkvormProps';

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
