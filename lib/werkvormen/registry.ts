import { z } from 'zod';
import type { Werkvorm } from '../protocol/werkvorm';
import { ActielerenInstellingen } from './actieleren/schema';
import { AfsluitingInstellingen } from './afsluiting/schema';
import { NulmetingInstellingen } from './nulmeting/schema';
import { VraagstukInstellingen } from './vraagstuk/schema';
import { KlantreisInstellingen } from './klantreis/schema';
import { SpeerpuntenInstellingen } from './speerpunten/schema';

/**
 * Per werkvorm, the schema of what the begeleider decides in it through
 * `werkvorm:zet`. A werkvorm without an entry has no server-decided settings.
 */
export const INSTELLINGEN: Partial<Record<Werkvorm, z.ZodType<Record<string, unknown>>>> = {
  actieleren: ActielerenInstellingen,
  afsluiting: AfsluitingInstellingen,
  vraagstuk: VraagstukInstellingen,
  nulmeting: NulmetingInstellingen,
  klantreis: KlantreisInstellingen,
  speerpunten: SpeerpuntenInstellingen,
};
