import { useId, type ReactNode } from 'react';
import { nl } from '../../lib/i18n/nl';

/** Ids a form control needs to be tied to its label and hint. */
export type VeldIds = { id: string; 'aria-describedby'?: string; required?: boolean };

/**
 * A labelled form field: the label, an optional hint tied with
 * aria-describedby, and the control rendered by `children`.
 */
export function Veld({
  label,
  hint,
  verplicht = false,
  breed = false,
  markeerOptioneel = true,
  children,
}: {
  label: string;
  hint?: string;
  verplicht?: boolean;
  /** Takes more room in a row form. */
  breed?: boolean;
  /** Show "(optioneel)" on a field that is not required; off for shared boards where nothing is required. */
  markeerOptioneel?: boolean;
  children: (ids: VeldIds) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={breed ? 'veld veld--breed' : 'veld'}>
      <label htmlFor={id}>
        {label}
        {!verplicht && markeerOptioneel && <span className="veld__optioneel"> ({nl.app.optioneel})</span>}
      </label>
      {hint && (
        <p className="veld__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': hint ? hintId : undefined, required: verplicht || undefined })}
    </div>
  );
}
