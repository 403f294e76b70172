import { nl } from '../../../lib/i18n/nl';

/** The server's limit (server/http/routes/verslagAfbeeldingen.ts); above it we try once at half size. */
const MAX_BYTES = 8 * 1024 * 1024;

export type Opgenomen = { ok: true; verslag: 'bij-afsluiten' | 'opnieuw-gemaakt' | 'aangevuld' } | { ok: false; fout: string };

/**
 * Sends the board's PNG to the verslag (`PUT …/verslag/vrij-bord`). A board
 * too large for the limit goes again at half its size, so a big board still
 * fits rather than being refused.
 */
export async function neemOpInVerslag(bijeenkomstId: string, alsPng: (schaal?: number) => Promise<Blob | null>): Promise<Opgenomen | null> {
  let png = await alsPng();
  if (!png) return null;
  if (png.size > MAX_BYTES) png = (await alsPng(0.5)) ?? png;
  const res = await fetch(`/api/bijeenkomsten/${encodeURIComponent(bijeenkomstId)}/verslag/vrij-bord`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': 'image/png', accept: 'application/json' },
    body: png,
  }).catch(() => null);
  if (!res) return { ok: false, fout: nl.vrijBord.verslag.geenVerbinding };
  const json = (await res.json().catch(() => null)) as { verslag?: unknown; error?: unknown } | null;
  if (res.ok && (json?.verslag === 'bij-afsluiten' || json?.verslag === 'opnieuw-gemaakt' || json?.verslag === 'aangevuld')) {
    return { ok: true, verslag: json.verslag };
  }
  return { ok: false, fout: typeof json?.error === 'string' ? json.error : nl.app.onbekendeFout };
}
