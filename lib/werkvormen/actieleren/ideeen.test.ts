import { describe, expect, it } from 'vitest';
import { ideeenUitAntwoorden, winnendIdee } from './ideeen';

describe('ideeenUitAntwoorden', () => {
  it('splits answers into ideas per line, strips bullets and drops duplicates', () => {
    const ideeen = ideeenUitAntwoorden([
      { auteur: 'a', naam: 'Anna', tekst: '- Samen met de klant een budgetplan maken\n\n2) Vroegsignalering via de woningcorporatie' },
      { auteur: 'b', naam: 'Bram', tekst: '• samen met de klant een  budgetplan maken\nKlant meenemen naar de kredietbank' },
    ]);
    expect(ideeen).toEqual([
      { tekst: 'Samen met de klant een budgetplan maken', auteur: 'a', naam: 'Anna' },
      { tekst: 'Vroegsignalering via de woningcorporatie', auteur: 'a', naam: 'Anna' },
      { tekst: 'Klant meenemen naar de kredietbank', auteur: 'b', naam: 'Bram' },
    ]);
  });
});

describe('winnendIdee', () => {
  it('picks the most votes, the earliest on a tie, and nothing without votes', () => {
    expect(winnendIdee(['a', 'b', 'c'], { '0': 2, '1': 3, '2': 3 })).toEqual({ tekst: 'b', stemmen: 3 });
    expect(winnendIdee(['a'], { '0': 0 })).toBeNull();
  });
});
