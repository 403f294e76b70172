import type { BijeenkomstStatus, Rol, Soort, TrajectType, Werkvorm } from '../../lib/protocol';

/** Answer shapes of the HTTP API (docs/api.md), as the browser reads them. */

export type Begeleider = { id: string; naam: string; email: string };
export type Me = { begeleider: Begeleider | null };
export type SetupStatus = { nodig: boolean };

export type TrajectSamenvatting = {
  id: string;
  type: TrajectType;
  titel: string;
  thema: string;
  einddatum: string | null;
  aantalBijeenkomsten: number;
  aantalDeelnemers: number;
  /** YYYY-MM-DD when RETENTION_DAYS will delete this closed traject, else null. */
  verwijderOp: string | null;
};

export type Ik = { id: string; naam: string; soort: Soort };

export type BijeenkomstKort = {
  id: string;
  nummer: number;
  datum: string;
  intentie: string;
  status: BijeenkomstStatus;
  verslagGedeeld: boolean;
};

export type Deelnemer = { id: string; naam: string; organisatie: string; rol: Rol; soort: Soort };

export type Traject = {
  id: string;
  type: TrajectType;
  titel: string;
  thema: string;
  vraagstuk: string;
  einddoel: string;
  einddatum: string | null;
  trekker: string | null;
  geplandAantal: number;
  joinUrl?: string;
  waarnemerUrl?: string;
  begeleiders: { id: string; naam: string }[];
  deelnemers: Deelnemer[];
  bijeenkomsten: BijeenkomstKort[];
  planning: { geplandAantal: number; voorstel: string[]; waarschuwing: string | null };
  ik: Ik;
};

export type Bijeenkomst = {
  id: string;
  trajectId: string;
  nummer: number;
  totaal: number;
  datum: string;
  intentie: string;
  agenda: Werkvorm[];
  status: BijeenkomstStatus;
  verslagGedeeld: boolean;
  traject: {
    id: string;
    titel: string;
    type: TrajectType;
    thema: string;
    vraagstuk: string;
    einddoel: string;
    einddatum: string | null;
  };
  terugblik: string[];
  ik: Ik;
};

export type JoinInfo = { trajectId: string; trajectTitel: string; type: TrajectType; soort: 'deelnemer' | 'waarnemer' };
export type JoinAntwoord = { trajectId: string; bijeenkomstId: string | null };
export type UitnodigingInfo = { trajectId: string; trajectTitel: string };
