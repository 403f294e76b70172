'use client';

import type * as Y from 'yjs';
import { readSpeerpunten, type Speerpunt } from '../../lib/sync/speerpunten';
import { useDocSnapshot } from './useDocSnapshot';

const GEEN: Speerpunt[] = [];

/** The traject's speerpunten, live (chosen in the Speerpunten werkvorm). */
export function useSpeerpunten(doc: Y.Doc | null): readonly Speerpunt[] {
  return useDocSnapshot(doc, readSpeerpunten, GEEN);
}
