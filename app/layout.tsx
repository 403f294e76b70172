import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { nl } from '../lib/i18n/nl';
import { SiteKop } from './_components/SiteKop';
import './globals.css';

export const metadata: Metadata = {
  title: { default: nl.app.naam, template: `%s · ${nl.app.naam}` },
  description: nl.app.ondertitel,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Root layout: Dutch document, one banner, one main landmark. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <SiteKop />
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
