import type { ReactNode } from 'react';

export type MeldingSoort = 'fout' | 'waarschuwing' | 'info' | 'succes';

/**
 * A message box. Errors are announced at once (role=alert); the rest politely.
 */
export function Melding({ soort, children, titel }: { soort: MeldingSoort; children: ReactNode; titel?: string }) {
  return (
    <div className={`melding melding--${soort}`} role={soort === 'fout' ? 'alert' : 'status'}>
      {titel && <strong className="melding__titel">{titel}: </strong>}
      {children}
    </div>
  );
}
