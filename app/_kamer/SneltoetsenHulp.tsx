'use client';

import { useEffect, useId, useRef } from 'react';
import { nl } from '../../lib/i18n/nl';

const FOCUSBAAR = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Modal help listing the facilitator's shortcuts, with the switch to turn
 * single-key shortcuts off (WCAG 2.1.4). A native modal <dialog> keeps the
 * page behind it inert; Tab cycles within it, Escape closes it, and focus
 * returns to whatever opened it.
 */
export function SneltoetsenHulp({
  open,
  onSluit,
  aan,
  setAan,
}: {
  open: boolean;
  onSluit: () => void;
  aan: boolean;
  setAan: (aan: boolean) => void;
}) {
  const t = nl.toegankelijkheid;
  const ref = useRef<HTMLDialogElement>(null);
  const terugNaar = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    if (open && !dialoog.open) {
      terugNaar.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialoog.showModal();
      dialoog.querySelector<HTMLElement>('[data-eerste-focus]')?.focus();
    } else if (!open && dialoog.open) {
      dialoog.close();
    }
    if (!open && terugNaar.current) {
      terugNaar.current.focus();
      terugNaar.current = null;
    }
  }, [open]);

  function opToets(e: React.KeyboardEvent<HTMLDialogElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onSluit();
      return;
    }
    if (e.key !== 'Tab') return;
    const focusbaar = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSBAAR)];
    const eerste = focusbaar[0];
    const laatste = focusbaar[focusbaar.length - 1];
    if (!eerste || !laatste) return;
    if (e.shiftKey && document.activeElement === eerste) {
      e.preventDefault();
      laatste.focus();
    } else if (!e.shiftKey && document.activeElement === laatste) {
      e.preventDefault();
      eerste.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className="sneltoetsen"
      aria-modal="true"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-uitleg`}
      onKeyDown={opToets}
      // The browser's own Escape handling: keep React's `open` the source of truth.
      onCancel={(e) => {
        e.preventDefault();
        onSluit();
      }}
    >
      <div className="sneltoetsen__kop">
        <h2 id={`${id}-titel`}>{t.sneltoetsenTitel}</h2>
        <button type="button" className="knop knop--klein" data-eerste-focus onClick={onSluit}>
          {t.sluiten}
        </button>
      </div>
      <p id={`${id}-uitleg`} className="klein">
        {t.sneltoetsenUitleg}
      </p>
      <table className="sneltoetsen__tabel">
        <thead>
          <tr>
            <th scope="col">{t.toetsKolom}</th>
            <th scope="col">{t.actieKolom}</th>
          </tr>
        </thead>
        <tbody>
          {t.toetsen.map((r) => (
            <tr key={r.toets}>
              <td>
                <kbd>{r.toets}</kbd>
              </td>
              <td>{r.actie}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="sneltoetsen__aan">
        <input type="checkbox" checked={aan} onChange={(e) => setAan(e.target.checked)} aria-describedby={`${id}-aan-uitleg`} />
        {t.sneltoetsenAan}
      </label>
      <p id={`${id}-aan-uitleg`} className="klein zacht">
        {t.sneltoetsenAanUitleg}
      </p>
    </dialog>
  );
}
