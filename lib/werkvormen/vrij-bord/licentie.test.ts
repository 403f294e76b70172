import { describe, expect, it } from 'vitest';
import { vrijBordLicentie } from './licentie';

const plek = (url: string) => {
  const u = new URL(url);
  return { protocol: u.protocol, hostname: u.hostname };
};

describe('vrijBordLicentie', () => {
  it('needs no key where tldraw counts as development', () => {
    for (const url of ['http://leerbord.gemeente.nl', 'http://192.168.1.20:3000', 'https://localhost:3000', 'https://127.0.0.1', 'https://[::1]:3000']) {
      expect(vrijBordLicentie(plek(url), true, undefined), url).toBe('ok');
    }
    expect(vrijBordLicentie(plek('https://leerbord.gemeente.nl'), false, undefined)).toBe('ok');
  });

  it('reports a missing key in a production build on https', () => {
    expect(vrijBordLicentie(plek('https://leerbord.gemeente.nl'), true, undefined)).toBe('geen-sleutel');
    expect(vrijBordLicentie(plek('https://leerbord.gemeente.nl'), true, '  ')).toBe('geen-sleutel');
    expect(vrijBordLicentie(plek('http://bord.localhost'), true, undefined)).toBe('geen-sleutel');
    expect(vrijBordLicentie(plek('https://leerbord.gemeente.nl'), true, 'tldraw-2030/abc.def')).toBe('ok');
  });
});
