import type { Editor } from 'tldraw';

/**
 * The whole vrij bord as a PNG (white background, some padding), for a
 * download and for the verslag's optional appendix. Null when the
 * board is empty. Fonts come from our own server, like everything the canvas
 * loads, and are inlined into the image by tldraw.
 */
export async function vrijBordAlsPng(editor: Editor, schaal = 1): Promise<Blob | null> {
  const ids = [...editor.getCurrentPageShapeIds()];
  if (ids.length === 0) return null;
  const { blob } = await editor.toImage(ids, { format: 'png', background: true, padding: 32, scale: schaal, pixelRatio: 1 });
  return blob;
}
