'use client';

import { Component, type ReactNode } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { Melding } from '../../_components/Melding';

/**
 * Keeps a failing canvas (its chunk did not load, or tldraw threw outside its
 * own error boundary) inside the vrij bord: the room and every other werkvorm
 * go on working.
 */
export class CanvasGrens extends Component<{ children: ReactNode }, { fout: boolean }> {
  override state = { fout: false };

  static getDerivedStateFromError(): { fout: boolean } {
    return { fout: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[leerbord] vrij bord kon niet laden', error);
  }

  override render(): ReactNode {
    if (this.state.fout) return <Melding soort="fout">{nl.vrijBord.fout}</Melding>;
    return this.props.children;
  }
}
