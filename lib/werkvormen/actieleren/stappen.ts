/**
 * The nine steps of actieleren (seed 003, "Actieleren in Wmo-werkplaatsen"),
 * with what the board asks of the group in each. Step numbers are 1-based in
 * the UI and in `werkvorm:kies {stap}`.
 */
export const ACTIELEREN_STAPPEN = [
  { nummer: 1, sleutel: 'casus', naam: 'Casus inbrengen', instructie: 'De casusinbrenger beschrijft de casus; de anderen lezen mee. Maak de casus anoniem.' },
  { nummer: 2, sleutel: 'reflectievraag', naam: 'Reflectievraag', instructie: 'De casusinbrenger formuleert één reflectievraag.' },
  { nummer: 3, sleutel: 'antwoorden', naam: 'Antwoorden in één minuut', instructie: 'Schrijf binnen de tijd je antwoorden op; niemand ziet ze tot de begeleider ze toont.' },
  { nummer: 4, sleutel: 'vertellen', naam: 'Twee vertellen', instructie: 'Twee deelnemers vertellen wat ze opschreven; daarna worden alle antwoorden getoond.' },
  { nummer: 5, sleutel: 'selecteren', naam: 'Ideeën selecteren', instructie: 'Verdeel je stemmen over de ideeën die je verder wilt uitwerken.' },
  { nummer: 6, sleutel: 'dialoog', naam: 'Dialoog', instructie: 'Voer een dialoog over het gekozen idee; noteer wat opvalt.' },
  { nummer: 7, sleutel: 'samenvatten', naam: 'Samenvatten', instructie: 'Eén deelnemer vat het gesprek samen.' },
  { nummer: 8, sleutel: 'aanscherpen', naam: 'Aanscherpen', instructie: 'Scherp het gekozen idee aan en vul het aan.' },
  { nummer: 9, sleutel: 'vervolgacties', naam: 'Vervolgacties', instructie: 'Spreek af wat er gebeurt: wat, wie en wanneer.' },
] as const;

export type ActielerenStap = (typeof ACTIELEREN_STAPPEN)[number];
export const AANTAL_ACTIELEREN_STAPPEN = ACTIELEREN_STAPPEN.length;
