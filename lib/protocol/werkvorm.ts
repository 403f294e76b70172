import { z } from 'zod';

/** The werkvormen of version 1, in agenda order. */
export const WERKVORMEN = [
  'opening',
  'vraagstuk',
  'nulmeting',
  'actieleren',
  'klantreis',
  'speerpunten',
  'vrij-bord',
  'afsluiting',
] as const;

export const Werkvorm = z.enum(WERKVORMEN);
export type Werkvorm = z.infer<typeof Werkvorm>;

/** Rol in de keten of a deelnemer (DESIGN §2). */
export const ROLLEN = ['uitvoering', 'beleid', 'management', 'ervaringsdeskundige', 'anders'] as const;
export const Rol = z.enum(ROLLEN);
export type Rol = z.infer<typeof Rol>;

export const TrajectType = z.enum(['leernetwerk', 'werkplaats']);
export type TrajectType = z.infer<typeof TrajectType>;

export const BijeenkomstStatus = z.enum(['gepland', 'live', 'afgesloten']);
export type BijeenkomstStatus = z.infer<typeof BijeenkomstStatus>;

/** How a person takes part in a traject; decides what they may do. */
export const Soort = z.enum(['begeleider', 'deelnemer', 'waarnemer']);
export type Soort = z.infer<typeof Soort>;
