import { nlVerslag as t } from '../../lib/i18n/nl-verslag';

/** Download links for one verslag: PDF, Word and Markdown. */
export function VerslagDownloads({ bijeenkomstId, nummer }: { bijeenkomstId: string; nummer: number }) {
  const pad = (formaat: string) => `/api/bijeenkomsten/${encodeURIComponent(bijeenkomstId)}/verslag?format=${formaat}`;
  return (
    <ul className="verslag-downloads" aria-label={t.download.label(nummer)}>
      <li>
        <a href={pad('pdf')} download aria-label={t.download.pdfLang(nummer)}>
          {t.download.pdf}
        </a>
      </li>
      <li>
        <a href={pad('docx')} download aria-label={t.download.docxLang(nummer)}>
          {t.download.docx}
        </a>
      </li>
      <li>
        <a href={pad('md')} download aria-label={t.download.mdLang(nummer)}>
          {t.download.md}
        </a>
      </li>
    </ul>
  );
}
