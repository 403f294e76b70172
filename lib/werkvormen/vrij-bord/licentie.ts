/**
 * Whether tldraw would hide its editor here. tldraw (5.x) treats a page as
 * development when it is served over plain `http:`, from a loopback address
 * over `https:`, or from a non-production build; everywhere else a missing
 * licence key makes it blank the canvas after a few seconds. Leerbord asks
 * this *before* loading tldraw, and shows a Dutch notice instead of an empty
 * rectangle (DESIGN §5). A key that is present but invalid, expired or for
 * another domain is caught afterwards, by watching for tldraw's own gate.
 *
 * Pure: the caller passes the location, the build mode and the key.
 */
export type VrijBordLicentie = 'ok' | 'geen-sleutel';

export function vrijBordLicentie(plek: { protocol: string; hostname: string }, productie: boolean, sleutel: string | undefined): VrijBordLicentie {
  if (sleutel && sleutel.trim() !== '') return 'ok';
  if (!productie) return 'ok';
  const host = plek.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  // `*.localhost` counts as development only outside a production build.
  if (host.endsWith('.localhost')) return 'geen-sleutel';
  if (plek.protocol === 'http:') return 'ok';
  const loopback = host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
  return plek.protocol === 'https:' && loopback ? 'ok' : 'geen-sleutel';
}
