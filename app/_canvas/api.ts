import type { SyncDoc } from '../_sync/useYDoc';

/**
 * The canvas as the rest of the app sees it. This file imports no tldraw, so a
 * view can name these types without pulling tldraw into its bundle; the canvas
 * itself is loaded with `next/dynamic` only when the vrij bord opens.
 */
export type CanvasApi = {
  /** The whole board as a PNG (`schaal` 1 is the board's own size); null when it is empty. */
  alsPng(schaal?: number): Promise<Blob | null>;
};

export type CanvasProps = {
  /** The bijeenkomst doc, after its first sync. */
  bord: SyncDoc;
  /** Who draws: their name goes with their cursor. Null until the server said. */
  ik: { id: string; naam: string } | null;
  /** Observers and closed bijeenkomsten see the board but cannot change it. */
  alleenLezen: boolean;
  /** Called once the editor is there (and with null when it goes). */
  onApi?: (api: CanvasApi | null) => void;
};
