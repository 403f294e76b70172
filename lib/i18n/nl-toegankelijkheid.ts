/**
 * Dutch strings for the facilitator's keyboard shortcuts, their help dialog
 * and the "volg mij" state in the room header. Wired into `nl` as
 * `nl.toegankelijkheid`.
 *
 * Self-contained on purpose: nl.ts imports this file, so it imports nothing
 * from nl.ts. Pure module: no React, no Node.
 */
export const nlToegankelijkheid = {
  stapTerug: 'Stap terug',
  stapVerder: 'Stap verder',
  stappen: 'Stap voor iedereen',
  sneltoetsenKnop: 'Sneltoetsen',
  sneltoetsenTitel: 'Sneltoetsen voor de begeleider',
  sneltoetsenUitleg:
    'Deze toetsen werken overal in de kamer, behalve terwijl je typt in een tekstveld. Zo bedien je de bijeenkomst terwijl je praat.',
  sneltoetsenAan: 'Sneltoetsen met één toets gebruiken',
  sneltoetsenAanUitleg: 'Zet dit uit als je met spraakbediening of een schermlezer werkt en de toetsen in de weg zitten.',
  sluiten: 'Sluiten',
  toetsKolom: 'Toets',
  actieKolom: 'Wat het doet',
  toetsen: [
    { toets: 'N', actie: 'Volgende stap voor iedereen' },
    { toets: 'V', actie: 'Vorige stap voor iedereen' },
    { toets: 'T', actie: 'Timer starten, pauzeren of hervatten' },
    { toets: '+', actie: 'Eén minuut bij de timer' },
    { toets: 'L', actie: 'Trek iemand (loting)' },
    { toets: 'M', actie: 'Volg mij aan of uit' },
    { toets: '?', actie: 'Deze hulp openen' },
    { toets: 'Esc', actie: 'Deze hulp sluiten' },
  ] as const,
  volgMijAan: 'Volg mij: aan',
  volgMijUit: 'Volg mij: uit',
  volgMijAanDeelnemer: 'Je volgt de begeleider',
  volgMijUitDeelnemer: 'Je kiest zelf wat je ziet',
  volgMijGewijzigd: (aan: boolean) =>
    aan ? 'Volg mij staat aan: iedereen ziet wat de begeleider ziet.' : 'Volg mij staat uit: iedereen kiest zelf wat hij ziet.',
} as const;
