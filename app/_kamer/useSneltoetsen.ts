'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** The facilitator's single-key shortcuts (see nl.toegankelijkheid.toetsen). */
export type Sneltoets = 'volgende' | 'vorige' | 'timer' | 'minuut' | 'loting' | 'volgMij' | 'hulp';

const TOETSEN: Readonly<Record<string, Sneltoets>> = {
  n: 'volgende',
  v: 'vorige',
  t: 'timer',
  '+': 'minuut',
  '=': 'minuut',
  l: 'loting',
  m: 'volgMij',
  '?': 'hulp',
};

const OPSLAG = 'leerbord:sneltoetsen';

/**
 * True when a key press belongs to what the person is typing or to a widget
 * with its own keys: form fields, contenteditable (the shared texts), the
 * vrij bord's canvas and anything marked `data-geen-sneltoetsen`.
 */
export function typtIn(doel: EventTarget | null): boolean {
  if (!(doel instanceof Element)) return false;
  if (doel instanceof HTMLElement && doel.isContentEditable) return true;
  return doel.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], .tl-container, [data-geen-sneltoetsen]') !== null;
}

/**
 * Single-key shortcuts on the whole room page. WCAG 2.1.4 asks that
 * single-character shortcuts can be turned off: `aan` is remembered per
 * browser. Keys with Ctrl, Alt or Meta are never taken, nor a key someone
 * else already handled.
 */
export function useSneltoetsen(doe: (toets: Sneltoets) => void, { gepauzeerd }: { gepauzeerd: boolean }) {
  const [aan, setAanState] = useState(true);
  const doeRef = useRef(doe);
  doeRef.current = doe;

  useEffect(() => {
    setAanState(window.localStorage.getItem(OPSLAG) !== 'uit');
  }, []);

  const setAan = useCallback((waarde: boolean) => {
    setAanState(waarde);
    window.localStorage.setItem(OPSLAG, waarde ? 'aan' : 'uit');
  }, []);

  useEffect(() => {
    if (!aan || gepauzeerd) return;
    function opToets(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing || e.repeat) return;
      if (typtIn(e.target)) return;
      const toets = TOETSEN[e.key.toLowerCase()];
      if (!toets) return;
      e.preventDefault();
      doeRef.current(toets);
    }
    window.addEventListener('keydown', opToets);
    return () => window.removeEventListener('keydown', opToets);
  }, [aan, gepauzeerd]);

  return { aan, setAan };
}
