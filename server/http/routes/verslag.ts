import { HttpError } from '../errors';
import { vereisPersoon, vindBijeenkomst } from '../guards';
import type { Router } from '../router';
import type { Services } from '../../services';

/** Downloading the verslag of a closed bijeenkomst. */
export function verslagRoutes(r: Router<Services>): void {
  r.on('GET', '/api/bijeenkomsten/:id/verslag', ({ services: s, req, params, url }) => {
    const b = vindBijeenkomst(s, params.id ?? '');
    const ik = vereisPersoon(s, req, b.trajectId);
    const format = url.searchParams.get('format') ?? 'md';
    if (!['md', 'docx', 'pdf'].includes(format)) throw new HttpError(400, 'Kies als formaat md, docx of pdf.');
    if (b.status !== 'afgesloten' || !b.verslag) throw new HttpError(409, 'Het verslag is er pas als de bijeenkomst is afgesloten.');
    if (ik.soort !== 'begeleider' && !b.verslagGedeeld) throw new HttpError(403, 'De begeleider heeft dit verslag nog niet gedeeld.');
    if (format !== 'md') throw new HttpError(406, 'Dit formaat is nog niet beschikbaar; kies md.');
    const bestand = `verslag-bijeenkomst-${b.nummer}.md`;
    return {
      body: b.verslag,
      contentType: 'text/markdown; charset=utf-8',
      headers: { 'Content-Disposition': `attachment; filename="${bestand}"` },
    };
  });
}
