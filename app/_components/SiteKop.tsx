'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { nl } from '../../lib/i18n/nl';
import { apiGet, apiSend } from '../_api/api';
import type { Begeleider, Me } from '../_api/typen';

/**
 * The site banner: brand, and for a logged-in facilitator the dashboard link
 * and a logout button. Participants have no account, so they see the brand only.
 */
export function SiteKop() {
  const router = useRouter();
  const pad = usePathname();
  const [begeleider, setBegeleider] = useState<Begeleider | null>(null);

  useEffect(() => {
    let actief = true;
    void apiGet<Me>('/api/me').then((uit) => {
      if (actief) setBegeleider(uit.ok ? uit.data.begeleider : null);
    });
    return () => {
      actief = false;
    };
  }, [pad]);

  async function uitloggen() {
    await apiSend('/api/auth/logout', {});
    setBegeleider(null);
    router.push('/login');
  }

  return (
    <header className="sitekop">
      <a className="skiplink" href="#inhoud">
        {nl.app.naarInhoud}
      </a>
      {/* No prefetch: on every page, and in a room it would compete with the room's connections while it opens. */}
      <Link href="/" className="sitekop__merk" prefetch={false}>
        {nl.app.naam}
      </Link>
      {begeleider && (
        <nav aria-label={nl.app.hoofdnavigatie} className="sitekop__nav">
          <Link href="/trajecten" aria-current={pad === '/trajecten' ? 'page' : undefined}>
            {nl.kop.trajecten}
          </Link>
          <span className="sitekop__wie">{nl.kop.ingelogdAls(begeleider.naam)}</span>
          <button type="button" className="knop knop--stil" onClick={uitloggen}>
            {nl.kop.uitloggen}
          </button>
        </nav>
      )}
    </header>
  );
}
