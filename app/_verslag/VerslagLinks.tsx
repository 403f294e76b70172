import Link from 'next/link';
import { nlVerslag as t } from '../../lib/i18n/nl-verslag';
import type { BijeenkomstStatus } from '../../lib/protocol';
import { VerslagDownloads } from './VerslagDownloads';
import './verslag.css';

/**
 * For a bijeenkomst on the traject page: its verslag once it is closed, for
 * the begeleider always (with a link to edit and share it), for participants
 * and observers once it is shared. Renders nothing otherwise.
 */
export function VerslagLinks({
  bijeenkomst,
  isBegeleider,
}: {
  bijeenkomst: { id: string; nummer: number; status: BijeenkomstStatus; verslagGedeeld: boolean };
  isBegeleider: boolean;
}) {
  if (bijeenkomst.status !== 'afgesloten') return null;
  if (!isBegeleider && !bijeenkomst.verslagGedeeld) return null;
  const pagina = `/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/verslag`;
  return (
    <div className="verslag-links klein">
      <span>{t.download.label(bijeenkomst.nummer)}:</span>
      <VerslagDownloads bijeenkomstId={bijeenkomst.id} nummer={bijeenkomst.nummer} />
      <Link href={pagina}>{isBegeleider ? t.download.bewerkEnDeel : t.download.bekijk}</Link>
      {isBegeleider && !bijeenkomst.verslagGedeeld && <span className="label">{t.download.nietGedeeld}</span>}
    </div>
  );
}

/** The traject export: every verslag with the actielijst and speerpunten, as Word and PDF. */
export function TrajectExportLinks({ trajectId }: { trajectId: string }) {
  const pad = (formaat: string) => `/api/trajecten/${encodeURIComponent(trajectId)}/verslagen?format=${formaat}`;
  return (
    <div className="verslag-links klein">
      <span title={t.download.exportUitleg}>{t.download.export}:</span>
      <ul className="verslag-downloads">
        <li>
          <a href={pad('pdf')} download aria-label={t.download.exportPdf}>
            {t.download.pdf}
          </a>
        </li>
        <li>
          <a href={pad('docx')} download aria-label={t.download.exportDocx}>
            {t.download.docx}
          </a>
        </li>
      </ul>
    </div>
  );
}
