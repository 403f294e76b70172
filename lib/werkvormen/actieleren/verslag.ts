import type { Actie } from '../../sync/acties';
import type { ActielerenUitkomst } from '../../verslag/snapshot';
import { ideeenUitAntwoorden } from './ideeen';
import type { Inzending } from './machine';
import type { ActielerenInstellingen } from './schema';

/** The verslag keeps at most this much of any text (lib/verslag/snapshot.ts). */
const MAX_TEKST = 20_000;
const kap = (t: string) => t.slice(0, MAX_TEKST);

/** What actieleren left on the board and in the room when the bijeenkomst closed. */
export interface ActielerenVerslagInvoer {
  readonly bord: {
    readonly casusTitel: string;
    readonly reflectievraag: string;
    readonly samenvatting: string;
    readonly aanscherpingen: readonly { readonly tekst: string; readonly auteur: string; readonly aangemaakt: number }[];
  };
  readonly instellingen: ActielerenInstellingen;
  /** The answers of step 3 as revealed to the group; null when never revealed. */
  readonly onthuld: readonly Inzending[] | null;
  /** Step 5's vote once closed: its options and dots per option index; null without one. */
  readonly stemming: { readonly opties: readonly string[]; readonly stemmen: Readonly<Record<string, number>> } | null;
  readonly naamVan: (persoonId: string) => string | null;
}

/**
 * What actieleren contributes to the verslag (the `actieleren` part of the
 * snapshot, lib/verslag/snapshot.ts): casus title, reflectievraag, who brought
 * the case and who summarised, the ideas (with their dots when a vote was
 * held), the chosen idea with its votes, the summary and the sharpenings.
 * Not the casus text or the dialogue notes: the verslag summarises, and the
 * casus may be private. Ideas exist only once the answers were revealed.
 */
export function actielerenVerslag(invoer: ActielerenVerslagInvoer): ActielerenUitkomst {
  const { bord, instellingen, onthuld, stemming, naamVan } = invoer;
  const ideeen: ActielerenUitkomst['ideeen'] = stemming
    ? stemming.opties.map((tekst, i) => ({ tekst: kap(tekst), stemmen: stemming.stemmen[String(i)] ?? 0 }))
    : onthuld
      ? ideeenUitAntwoorden(onthuld).map((idee) => ({ tekst: kap(idee.tekst), stemmen: null }))
      : [];
  return {
    casusTitel: kap(bord.casusTitel.trim()),
    reflectievraag: kap(bord.reflectievraag.trim()),
    casusinbrenger: instellingen.casusinbrenger ? naamVan(instellingen.casusinbrenger) : null,
    samenvatter: instellingen.samenvatter ? naamVan(instellingen.samenvatter) : null,
    ideeen,
    gekozenIdee: instellingen.gekozenIdee ? { tekst: kap(instellingen.gekozenIdee.tekst), stemmen: instellingen.gekozenIdee.stemmen } : null,
    samenvatting: kap(bord.samenvatting.trim()),
    aanscherpingen: [...bord.aanscherpingen]
      .filter((a) => a.tekst.trim())
      .sort((a, b) => a.aangemaakt - b.aangemaakt)
      .map((a) => ({ tekst: kap(a.tekst.trim()), auteur: a.auteur })),
  };
}

/** Step 9's vervolgacties: the traject's acties made in actieleren during this bijeenkomst. */
export function vervolgacties(acties: readonly Actie[], bijeenkomstId: string): Actie[] {
  return acties.filter((a) => a.werkvorm === 'actieleren' && a.bijeenkomstId === bijeenkomstId);
}
