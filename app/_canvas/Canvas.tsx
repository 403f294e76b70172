'use client';

import 'tldraw/tldraw.css';
import { getAssetUrls } from '@tldraw/assets/selfHosted';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  AssetRecordType,
  EmbedShapeUtil,
  Tldraw,
  UserRecordType,
  atom,
  createTLCurrentUser,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  getHashForString,
  type Editor,
  type TLAsset,
  type TLComponents,
  type TLErrorFallbackComponent,
  type TLUser,
  type TLUserPreferences,
} from 'tldraw';
import { nl } from '../../lib/i18n/nl';
import { aanwezigheidVan } from '../_sync/aanwezigheid';
import type { CanvasProps } from './api';
import { vrijBordAlsPng } from './exporteerPng';
import { koppelAanwezigheid } from './koppelAanwezigheid';
import { koppelYjs, type YjsKoppeling } from './koppelYjs';
import { koppelWachtrij } from './plaatsWachtrij';

/**
 * Fonts, icons and translations from our own server (copied from
 * `@tldraw/assets` into public/tldraw by `npm run build`), never from a CDN.
 */
const ASSET_URLS = getAssetUrls({ baseUrl: '/tldraw' });

/** No embeds: an embed is an iframe of another host (and our CSP would refuse it anyway). */
const VORMEN = [...defaultShapeUtils.filter((u) => u.type !== 'embed'), EmbedShapeUtil.configure({ embedDefinitions: [] })];

/** One page per bijeenkomst: the verslag's image is that page. */
const OPTIES = { maxPages: 1 } as const;

/** Read at build time (Next inlines NEXT_PUBLIC_*); see the README. */
const LICENTIESLEUTEL = process.env.NEXT_PUBLIC_TLDRAW_LICENSE_KEY || undefined;

/** Images are stored inline in the doc; the server takes at most 5 MB per message. */
const MAX_AFBEELDING_BYTES = 2_000_000;
const MAX_AFBEELDING_PIXELS = 2_000;

const KLEUREN = ['#1d5c8c', '#c2255c', '#2b8a3e', '#d9480f', '#6741d9', '#0c8599', '#a61e4d', '#5c940d'];

function kleurVan(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return KLEUREN[h % KLEUREN.length] ?? '#1d5c8c';
}

function gebruikerVan(ik: CanvasProps['ik']): TLUser | null {
  if (!ik) return null;
  return UserRecordType.create({ id: createUserId(ik.id), name: ik.naam, color: kleurVan(ik.id) });
}

function voorkeurenVan(ik: CanvasProps['ik']): TLUserPreferences {
  return {
    id: ik?.id ?? 'onbekend',
    name: ik?.naam ?? null,
    color: ik ? kleurVan(ik.id) : null,
    locale: 'nl',
    colorScheme: 'light',
  };
}

/**
 * A pasted link becomes a bookmark without fetching the page: tldraw's
 * default handler would request it from the other host (privacy, DESIGN §6).
 */
async function bladwijzer({ url }: { url: string }): Promise<TLAsset> {
  return {
    id: AssetRecordType.createId(getHashForString(url)),
    typeName: 'asset',
    type: 'bookmark',
    props: { src: url, title: url, description: '', image: '', favicon: '' },
    meta: {},
  };
}

/**
 * The canvas shares the page with the room, so it does not grab focus on
 * mount (a keyboard user would lose their place); instead tldraw's shortcuts
 * work while focus is inside the canvas, as on any other part of the page.
 */
function volgFocus(editor: Editor): () => void {
  const container = editor.getContainer();
  const erin = () => {
    if (!editor.getInstanceState().isFocused) editor.updateInstanceState({ isFocused: true });
  };
  const eruit = (e: FocusEvent) => {
    const naar = e.relatedTarget;
    if (naar instanceof Node && container.contains(naar)) return;
    if (editor.getInstanceState().isFocused) editor.updateInstanceState({ isFocused: false });
  };
  container.addEventListener('focusin', erin);
  container.addEventListener('focusout', eruit);
  return () => {
    container.removeEventListener('focusin', erin);
    container.removeEventListener('focusout', eruit);
  };
}

const Foutmelding: TLErrorFallbackComponent = () => (
  <div className="vrijbord__fout" role="alert">
    {nl.vrijBord.fout}
  </div>
);

const COMPONENTEN: TLComponents = { PageMenu: null, ErrorFallback: Foutmelding };

/**
 * The tldraw canvas of the vrij bord, bound to the bijeenkomst doc
 * (`koppelYjs`), with cursors through awareness (`koppelAanwezigheid`) and the
 * items other werkvormen placed (`koppelWachtrij`). Loaded lazily: this module
 * is the only way into tldraw, and only the vrij bord imports it, with
 * `next/dynamic`.
 */
export default function Canvas({ bord, ik, alleenLezen, onApi }: CanvasProps) {
  const [$modus] = useState(() => atom<'readonly' | 'readwrite'>('leerbord modus', alleenLezen ? 'readonly' : 'readwrite'));
  const [$gebruiker] = useState(() => atom<TLUser | null>('leerbord gebruiker', gebruikerVan(ik)));
  const [$voorkeuren] = useState(() => atom<TLUserPreferences>('leerbord voorkeuren', voorkeurenVan(ik)));
  const [store] = useState(() =>
    createTLStore({
      shapeUtils: VORMEN,
      bindingUtils: defaultBindingUtils,
      collaboration: { status: null, mode: $modus },
      users: { currentUser: $gebruiker },
    }),
  );
  const gebruiker = useMemo(
    () =>
      createTLCurrentUser({
        userPreferences: $voorkeuren,
        // Menu choices (snap mode, …) stick; who you are and the language do not.
        setUserPreferences: (p) => $voorkeuren.set({ ...p, id: $voorkeuren.get().id, name: $voorkeuren.get().name, locale: 'nl' }),
      }),
    [$voorkeuren],
  );
  const [koppeling, setKoppeling] = useState<YjsKoppeling | null>(null);
  const [licentieVerborgen, setLicentieVerborgen] = useState(false);
  const vlak = useRef<HTMLDivElement>(null);

  const [nieuwereVersie, setNieuwereVersie] = useState(false);
  useEffect(() => {
    $modus.set(alleenLezen || nieuwereVersie ? 'readonly' : 'readwrite');
  }, [$modus, alleenLezen, nieuwereVersie]);

  const ikId = ik?.id ?? null;
  const ikNaam = ik?.naam ?? null;
  useEffect(() => {
    const wie = ikId === null || ikNaam === null ? null : { id: ikId, naam: ikNaam };
    $gebruiker.set(gebruikerVan(wie));
    $voorkeuren.set({ ...$voorkeuren.get(), ...voorkeurenVan(wie) });
  }, [$gebruiker, $voorkeuren, ikId, ikNaam]);

  // Bind before the editor mounts, so it opens on the board as it is.
  useEffect(() => {
    const k = koppelYjs(store, bord, () => $modus.get() === 'readwrite', () => setNieuwereVersie(true));
    setKoppeling(k);
    setNieuwereVersie(k.stand().soort === 'nieuwer');
    return () => {
      k.stop();
      setKoppeling(null);
    };
  }, [store, bord, $modus]);

  // tldraw blanks the editor when its licence check fails (a wrong, expired or
  // foreign key in production); say so in Dutch instead of showing nothing.
  useEffect(() => {
    const el = vlak.current;
    if (!el) return;
    const kijk = () => setLicentieVerborgen(el.querySelector('[data-testid="tl-license-expired"]') !== null);
    const waarnemer = new MutationObserver(kijk);
    waarnemer.observe(el, { childList: true, subtree: true });
    return () => waarnemer.disconnect();
  }, []);

  const onMount = useCallback(
    (editor: Editor) => {
      if (!koppeling) return;
      editor.registerExternalAssetHandler('url', bladwijzer);
      const stopFocus = volgFocus(editor);
      const aanwezigheid = aanwezigheidVan(bord, 'vrijbord');
      const stopAanwezigheid = aanwezigheid ? koppelAanwezigheid(editor, aanwezigheid, $gebruiker) : () => {};
      const stopWachtrij = koppelWachtrij(editor, bord, koppeling, () => $modus.get() === 'readwrite');
      onApi?.({ alsPng: (schaal) => vrijBordAlsPng(editor, schaal) });
      return () => {
        onApi?.(null);
        stopFocus();
        stopWachtrij();
        stopAanwezigheid();
      };
    },
    [bord, koppeling, onApi, $gebruiker, $modus],
  );

  return (
    <div ref={vlak} className="vrijbord__canvas" aria-label={nl.vrijBord.canvasLabel} role="region">
      {licentieVerborgen && (
        <div className="melding melding--waarschuwing vrijbord__licentie" role="status">
          <strong className="melding__titel">{nl.vrijBord.licentieOngeldig.titel}: </strong>
          {nl.vrijBord.licentieOngeldig.tekst}
        </div>
      )}
      {nieuwereVersie && (
        <div className="melding melding--info vrijbord__versie" role="status">
          {nl.vrijBord.nieuwereVersie}
        </div>
      )}
      {koppeling && (
        <Tldraw
          store={store}
          user={gebruiker}
          locale="nl"
          licenseKey={LICENTIESLEUTEL}
          assetUrls={ASSET_URLS}
          shapeUtils={VORMEN}
          components={COMPONENTEN}
          options={OPTIES}
          maxAssetSize={MAX_AFBEELDING_BYTES}
          maxImageDimension={MAX_AFBEELDING_PIXELS}
          autoFocus={false}
          onMount={onMount}
        />
      )}
    </div>
  );
}
