/**
 * Dates in the verslag, always in Dutch time: the server may run in UTC, the
 * reader is in the Netherlands. Pure: formats the instants it is given.
 */
const TIJDZONE = 'Europe/Amsterdam';

const datumFormaat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIJDZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const tijdFormaat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIJDZONE, hour: '2-digit', minute: '2-digit' });
const kortFormaat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIJDZONE, day: 'numeric', month: 'long', year: 'numeric' });
const isoFormaat = new Intl.DateTimeFormat('en-CA', { timeZone: TIJDZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

function alsDatum(waarde: string | number): Date | null {
  const d = typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? new Date(`${waarde}T12:00:00Z`) : new Date(waarde);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "dinsdag 14 maart 2030, 10:30"; the input itself when it is no date. */
export function datumEnTijd(iso: string): string {
  const d = alsDatum(iso);
  return d ? `${datumFormaat.format(d)}, ${tijdFormaat.format(d)}` : iso;
}

/** "14 maart 2030" from an ISO date, date-time or epoch ms. */
export function datumKort(waarde: string | number): string {
  const d = alsDatum(waarde);
  return d ? kortFormaat.format(d) : String(waarde);
}

/**
 * "2030-03-14" (Dutch calendar day) from an ISO date-time or epoch ms, for
 * file names; a free-text deadline such as "na de zomer" stays as it is.
 */
export function datumIso(waarde: string | number): string {
  const d = alsDatum(waarde);
  return d ? isoFormaat.format(d) : String(waarde);
}

/** A deadline as typed: `YYYY-MM-DD` becomes "14 maart 2030", free text stays. */
export function deadline(wanneer: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(wanneer.trim()) ? datumKort(wanneer.trim()) : wanneer;
}
