import { describe, expect, it } from 'vitest';
import { asciiNaam, contentDisposition, exportBestandsnaam, verslagBestandsnaam } from './bestandsnaam';

describe('bestandsnamen', () => {
  it('names a verslag in Dutch, with the Dutch calendar day', () => {
    expect(verslagBestandsnaam(3, 'Werkplaats Cliënten/Schulden: "Zó"', '2030-03-14T23:30:00.000Z', 'pdf')).toBe(
      'Verslag bijeenkomst 3 – Werkplaats Cliënten Schulden Zó – 2030-03-15.pdf',
    );
    expect(exportBestandsnaam('Leernetwerk', Date.UTC(2030, 5, 30, 10), 'docx')).toBe('Verslagen – Leernetwerk – 2030-06-30.docx');
  });

  it('gives an ASCII filename and an RFC 5987 filename*', () => {
    const naam = 'Verslag bijeenkomst 3 – Cliënten (€) – 2030-03-14.docx';
    expect(asciiNaam(naam)).toBe('Verslag bijeenkomst 3 - Clienten (_) - 2030-03-14.docx');
    expect(contentDisposition(naam)).toBe(
      `attachment; filename="Verslag bijeenkomst 3 - Clienten (_) - 2030-03-14.docx"; filename*=UTF-8''Verslag%20bijeenkomst%203%20%E2%80%93%20Cli%C3%ABnten%20%28%E2%82%AC%29%20%E2%80%93%202030-03-14.docx`,
    );
  });
});
