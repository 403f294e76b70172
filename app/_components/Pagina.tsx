import type { ReactNode } from 'react';

/** A page column with its one h1. */
export function Pagina({ titel, intro, breed = false, children }: { titel: string; intro?: ReactNode; breed?: boolean; children: ReactNode }) {
  return (
    <div className={breed ? 'pagina pagina--breed' : 'pagina'}>
      <h1>{titel}</h1>
      {intro && <p className="pagina__intro">{intro}</p>}
      {children}
    </div>
  );
}
