import { describe, expect, it } from 'vitest';
import { controleerRuwRecord, isEigenBron, weigerOnsamenhangend, type RuwRecord } from './records';

const TYPEN = new Set(['document', 'page', 'shape', 'binding', 'asset', 'user']);

const vorm = (id: string, parentId: string, extra: Record<string, unknown> = {}): RuwRecord => ({
  id,
  typeName: 'shape',
  type: 'geo',
  x: 10,
  y: 20,
  rotation: 0,
  parentId,
  ...extra,
});

describe('controleerRuwRecord', () => {
  it('accepts a plain record whose id, prefix and type agree', () => {
    expect(controleerRuwRecord('shape:a', vorm('shape:a', 'page:page'), TYPEN)).toMatchObject({ ok: true });
    expect(controleerRuwRecord('page:page', { id: 'page:page', typeName: 'page' }, TYPEN)).toMatchObject({ ok: true });
  });

  it('refuses what a hostile client could write', () => {
    const redenen = [
      controleerRuwRecord('shape:a', 42, TYPEN),
      controleerRuwRecord('shape:a', null, TYPEN),
      controleerRuwRecord('shape:a', [vorm('shape:a', 'page:page')], TYPEN),
      controleerRuwRecord('shape:a', new Map(), TYPEN),
      controleerRuwRecord('shape:a', vorm('shape:b', 'page:page'), TYPEN),
      controleerRuwRecord('instance:instance', { id: 'instance:instance', typeName: 'instance' }, TYPEN),
      controleerRuwRecord('page:x', { id: 'page:x', typeName: 'shape' }, TYPEN),
      controleerRuwRecord('shape:a', vorm('shape:a', 'page:page', { x: Number.NaN }), TYPEN),
      controleerRuwRecord('shape:a', vorm('shape:a', 'page:page', { y: 1e300 }), TYPEN),
      controleerRuwRecord('shape:a', vorm('shape:a', 'page:page', { parentId: 7 }), TYPEN),
      controleerRuwRecord('shape:a', vorm('shape:a', 'page:page', { type: 'embed' }), TYPEN),
      controleerRuwRecord('shape:a', vorm('shape:a', 'page:page', { meta: { x: 'y'.repeat(600_000) } }), TYPEN),
      controleerRuwRecord('binding:b', { id: 'binding:b', typeName: 'binding', fromId: 'shape:a' }, TYPEN),
      controleerRuwRecord('asset:a', { id: 'asset:a', typeName: 'asset', type: 'image', props: { src: 'https://elders.example/p.png' } }, TYPEN),
      controleerRuwRecord('s'.repeat(300), { id: 's'.repeat(300), typeName: 'shape' }, TYPEN),
    ];
    for (const r of redenen) expect(r.ok).toBe(false);
  });

  it('lets assets point only at data: URLs or our own server', () => {
    expect(isEigenBron(null)).toBe(true);
    expect(isEigenBron('data:image/png;base64,AAAA')).toBe(true);
    expect(isEigenBron('/tldraw/icons/x.svg')).toBe(true);
    expect(isEigenBron('//elders.example/x.png')).toBe(false);
    expect(isEigenBron('https://elders.example/x.png')).toBe(false);
    expect(isEigenBron('data:text/html,<script>')).toBe(false);
    expect(isEigenBron('blob:https://x/1')).toBe(false);
    const bladwijzer = { id: 'asset:b', typeName: 'asset', type: 'bookmark', props: { src: 'https://example.org', image: '', favicon: '' } };
    expect(controleerRuwRecord('asset:b', bladwijzer, TYPEN).ok).toBe(true);
    const metPlaatje = { ...bladwijzer, props: { ...bladwijzer.props, image: 'https://example.org/og.png' } };
    expect(controleerRuwRecord('asset:b', metPlaatje, TYPEN).ok).toBe(false);
  });
});

describe('weigerOnsamenhangend', () => {
  const winkel = new Map<string, RuwRecord>([
    ['page:page', { id: 'page:page', typeName: 'page' }],
    ['shape:frame', vorm('shape:frame', 'page:page')],
    ['shape:kind', vorm('shape:kind', 'shape:frame')],
  ]);
  const bestaand = (id: string) => winkel.get(id);

  it('accepts shapes that hang from a page, directly or through other shapes in the batch', () => {
    const nieuw = [vorm('shape:b', 'shape:a'), vorm('shape:a', 'shape:frame'), vorm('shape:c', 'page:page')];
    expect(weigerOnsamenhangend(nieuw, bestaand)).toEqual(new Set());
  });

  it('refuses cycles, missing parents and everything hanging from them', () => {
    const nieuw = [
      vorm('shape:p', 'shape:q'),
      vorm('shape:q', 'shape:p'),
      vorm('shape:zelf', 'shape:zelf'),
      vorm('shape:wees', 'shape:bestaat-niet'),
      vorm('shape:kleinkind', 'shape:wees'),
      vorm('shape:opbinding', 'binding:x'),
      // Re-parenting an existing frame under its own child closes a loop.
      vorm('shape:frame', 'shape:kind'),
    ];
    expect(weigerOnsamenhangend(nieuw, bestaand)).toEqual(
      new Set(['shape:p', 'shape:q', 'shape:zelf', 'shape:wees', 'shape:kleinkind', 'shape:opbinding', 'shape:frame']),
    );
  });

  it('refuses bindings to shapes that are missing or removed in the same batch', () => {
    const koppeling = (id: string, fromId: string, toId: string): RuwRecord => ({ id, typeName: 'binding', fromId, toId });
    const nieuw = [koppeling('binding:goed', 'shape:frame', 'shape:kind'), koppeling('binding:mis', 'shape:frame', 'shape:weg')];
    expect(weigerOnsamenhangend(nieuw, bestaand)).toEqual(new Set(['binding:mis']));
    expect(weigerOnsamenhangend(nieuw, bestaand, new Set(['shape:kind']))).toEqual(new Set(['binding:goed', 'binding:mis']));
  });

  it('gives up on chains deeper than the limit', () => {
    const keten: RuwRecord[] = [];
    for (let i = 0; i < 150; i++) keten.push(vorm(`shape:${i}`, i === 0 ? 'page:page' : `shape:${i - 1}`));
    const geweigerd = weigerOnsamenhangend(keten, bestaand);
    expect(geweigerd.has('shape:10')).toBe(false);
    expect(geweigerd.has('shape:149')).toBe(true);
  });
});
