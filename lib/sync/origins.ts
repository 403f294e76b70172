/**
 * Transaction origins. Every `doc.transact(fn, origin)` in Leerbord names one of
 * these, so observers (persistence, undo managers, tests) can tell which part of
 * the app wrote an update.
 */
export const ORIGIN = {
  layout: 'leerbord:layout',
  acties: 'leerbord:acties',
  successen: 'leerbord:successen',
  speerpunten: 'leerbord:speerpunten',
  opening: 'leerbord:opening',
  klantreis: 'leerbord:klantreis',
  ontwikkelpunten: 'leerbord:ontwikkelpunten',
  actieleren: 'leerbord:actieleren',
  afsluiting: 'leerbord:afsluiting',
  vraagstuk: 'leerbord:vraagstuk',
  vrijbord: 'leerbord:vrijbord',
} as const;

export type Origin = (typeof ORIGIN)[keyof typeof ORIGIN];
