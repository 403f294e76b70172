import { gesorteerdeFasen, volgordeAchteraan } from './raster';
import {
  Fase,
  MAX_FASEN,
  MAX_KAART,
  Persona,
  PROMOVEERBARE_LANEN,
  STANDAARD_FASEN,
  type Kaart,
  type Klantreis,
  type KlantreisEvent,
} from './schema';

/** Ids and time come from outside: `lib` never reads the clock or makes random ids. */
export type KlantreisContext = { newId: () => string; now: () => number };

export type KlantreisUitkomst = { ok: true; state: Klantreis } | { ok: false; reden: KlantreisReden };

/** Why an event was refused (the view maps these to Dutch). */
export type KlantreisReden =
  | 'ongeldige-persona'
  | 'lege-naam'
  | 'te-veel-fasen'
  | 'laatste-fase'
  | 'onbekende-fase'
  | 'lege-kaart'
  | 'te-lange-kaart'
  | 'onbekende-kaart'
  | 'niet-promoveerbaar';

/** A new klantreis with the default schuldhulp phases. */
export function nieuweKlantreis(
  persona: Persona,
  ctx: KlantreisContext,
  bijeenkomstId: string | null,
): Klantreis {
  return {
    id: ctx.newId(),
    persona,
    fasen: STANDAARD_FASEN.map((naam, i) => ({ id: ctx.newId(), naam, volgorde: i + 1 })),
    kaarten: [],
    emotie: {},
    bijeenkomstId,
    aangemaakt: ctx.now(),
  };
}

const fout = (reden: KlantreisReden): KlantreisUitkomst => ({ ok: false, reden });

/**
 * The klantreis board as a pure function: whether an event is allowed and
 * what the board looks like afterwards. `lib/sync/klantreis.ts` writes only
 * the fields that changed, so concurrent edits of other fields merge.
 */
export function transition(reis: Klantreis, event: KlantreisEvent, ctx: KlantreisContext): KlantreisUitkomst {
  switch (event.type) {
    case 'persona:zet': {
      const persona = Persona.safeParse({ ...reis.persona, ...event.wijziging });
      if (!persona.success) return fout('ongeldige-persona');
      return { ok: true, state: { ...reis, persona: persona.data } };
    }
    case 'fase:toevoegen': {
      if (reis.fasen.length >= MAX_FASEN) return fout('te-veel-fasen');
      const naam = Fase.shape.naam.safeParse(event.naam);
      if (!naam.success) return fout('lege-naam');
      const laatste = gesorteerdeFasen(reis.fasen).at(-1);
      const fase = { id: ctx.newId(), naam: naam.data, volgorde: (laatste?.volgorde ?? 0) + 1 };
      return { ok: true, state: { ...reis, fasen: [...reis.fasen, fase] } };
    }
    case 'fase:hernoem': {
      const naam = Fase.shape.naam.safeParse(event.naam);
      if (!naam.success) return fout('lege-naam');
      if (!reis.fasen.some((f) => f.id === event.faseId)) return fout('onbekende-fase');
      return { ok: true, state: { ...reis, fasen: reis.fasen.map((f) => (f.id === event.faseId ? { ...f, naam: naam.data } : f)) } };
    }
    case 'fase:verschuif': {
      const fasen = gesorteerdeFasen(reis.fasen);
      const i = fasen.findIndex((f) => f.id === event.faseId);
      if (i < 0) return fout('onbekende-fase');
      const doel = i + event.richting;
      if (doel < 0 || doel >= fasen.length) return { ok: true, state: reis };
      // Only the moved phase gets a new key, between its new neighbours, so a
      // concurrent rename or move of another phase is not overwritten.
      const zonder = fasen.filter((f) => f.id !== event.faseId);
      const links = zonder[doel - 1];
      const rechts = zonder[doel];
      const volgorde =
        links && rechts ? (links.volgorde + rechts.volgorde) / 2 : links ? links.volgorde + 1 : rechts ? rechts.volgorde - 1 : 1;
      return { ok: true, state: { ...reis, fasen: reis.fasen.map((f) => (f.id === event.faseId ? { ...f, volgorde } : f)) } };
    }
    case 'fase:verwijder': {
      const fasen = gesorteerdeFasen(reis.fasen);
      const i = fasen.findIndex((f) => f.id === event.faseId);
      if (i < 0) return fout('onbekende-fase');
      if (fasen.length === 1) return fout('laatste-fase');
      // Its cards go to the phase before it (the next one for the first phase), at the end of each cell.
      const opvang = (fasen[i - 1] ?? fasen[i + 1]) as Fase;
      let kaarten = reis.kaarten;
      for (const kaart of reis.kaarten) {
        if (kaart.plek.faseId !== event.faseId) continue;
        const volgorde = volgordeAchteraan(kaarten, opvang.id, kaart.plek.laan);
        kaarten = kaarten.map((k) => (k.id === kaart.id ? { ...k, plek: { ...k.plek, faseId: opvang.id, volgorde } } : k));
      }
      const { [event.faseId]: _weg, ...emotie } = reis.emotie;
      return { ok: true, state: { ...reis, fasen: reis.fasen.filter((f) => f.id !== event.faseId), kaarten, emotie } };
    }
    case 'kaart:toevoegen': {
      const tekst = kaartTekst(event.tekst);
      if (typeof tekst !== 'string') return tekst;
      if (!reis.fasen.some((f) => f.id === event.faseId)) return fout('onbekende-fase');
      const kaart: Kaart = {
        id: ctx.newId(),
        tekst,
        plek: { faseId: event.faseId, laan: event.laan, volgorde: volgordeAchteraan(reis.kaarten, event.faseId, event.laan) },
        ontwikkelpuntId: null,
        bijeenkomstId: event.bijeenkomstId,
        aangemaakt: ctx.now(),
      };
      return { ok: true, state: { ...reis, kaarten: [...reis.kaarten, kaart] } };
    }
    case 'kaart:wijzig': {
      const tekst = kaartTekst(event.tekst);
      if (typeof tekst !== 'string') return tekst;
      return wijzigKaart(reis, event.kaartId, (k) => ({ ...k, tekst }));
    }
    case 'kaart:verplaats': {
      if (!reis.fasen.some((f) => f.id === event.faseId)) return fout('onbekende-fase');
      const kaart = reis.kaarten.find((k) => k.id === event.kaartId);
      if (!kaart) return fout('onbekende-kaart');
      if (kaart.plek.faseId === event.faseId && kaart.plek.laan === event.laan) return { ok: true, state: reis };
      const andere = reis.kaarten.filter((k) => k.id !== event.kaartId);
      const volgorde = volgordeAchteraan(andere, event.faseId, event.laan);
      return wijzigKaart(reis, event.kaartId, (k) => ({ ...k, plek: { faseId: event.faseId, laan: event.laan, volgorde } }));
    }
    case 'kaart:verwijder': {
      if (!reis.kaarten.some((k) => k.id === event.kaartId)) return fout('onbekende-kaart');
      return { ok: true, state: { ...reis, kaarten: reis.kaarten.filter((k) => k.id !== event.kaartId) } };
    }
    case 'kaart:promoveer': {
      const kaart = reis.kaarten.find((k) => k.id === event.kaartId);
      if (!kaart) return fout('onbekende-kaart');
      if (!PROMOVEERBARE_LANEN.includes(kaart.plek.laan)) return fout('niet-promoveerbaar');
      return wijzigKaart(reis, event.kaartId, (k) => ({ ...k, ontwikkelpuntId: event.ontwikkelpuntId }));
    }
    case 'emotie:zet': {
      if (!reis.fasen.some((f) => f.id === event.faseId)) return fout('onbekende-fase');
      const { [event.faseId]: _oud, ...rest } = reis.emotie;
      return { ok: true, state: { ...reis, emotie: event.score === null ? rest : { ...rest, [event.faseId]: event.score } } };
    }
    default:
      return assertNever(event);
  }
}

function kaartTekst(ruw: string): string | KlantreisUitkomst {
  const tekst = ruw.trim();
  if (tekst === '') return fout('lege-kaart');
  if (tekst.length > MAX_KAART) return fout('te-lange-kaart');
  return tekst;
}

function wijzigKaart(reis: Klantreis, kaartId: string, f: (k: Kaart) => Kaart): KlantreisUitkomst {
  if (!reis.kaarten.some((k) => k.id === kaartId)) return fout('onbekende-kaart');
  return { ok: true, state: { ...reis, kaarten: reis.kaarten.map((k) => (k.id === kaartId ? f(k) : k)) } };
}

function assertNever(x: never): never {
  throw new Error(`onbekende gebeurtenis: ${JSON.stringify(x)}`);
}
