import { nl } from '../../lib/i18n/nl';

/** A quiet loading line, announced politely. */
export function Laden({ tekst = nl.app.laden }: { tekst?: string }) {
  return (
    <p className="laden" role="status">
      {tekst}
    </p>
  );
}
