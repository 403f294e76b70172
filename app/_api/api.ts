import { nl } from '../../lib/i18n/nl';

/** Outcome of an API call: the data, or the status and the server's Dutch message. */
export type ApiUitkomst<T> = { ok: true; data: T } | { ok: false; status: number; error: string };

async function verstuur<T>(method: string, pad: string, body?: unknown): Promise<ApiUitkomst<T>> {
  let res: Response;
  try {
    res = await fetch(pad, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 0, error: nl.app.geenVerbinding };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (res.ok) return { ok: true, data: json as T };
  const error =
    typeof json === 'object' && json !== null && typeof (json as { error?: unknown }).error === 'string'
      ? (json as { error: string }).error
      : nl.app.onbekendeFout;
  return { ok: false, status: res.status, error };
}

/** GET a JSON resource of our own server. */
export function apiGet<T>(pad: string): Promise<ApiUitkomst<T>> {
  return verstuur<T>('GET', pad);
}

/** POST (or PATCH/DELETE) JSON to our own server. */
export function apiSend<T>(pad: string, body: unknown = {}, method: 'POST' | 'PATCH' | 'DELETE' = 'POST'): Promise<ApiUitkomst<T>> {
  return verstuur<T>(method, pad, body);
}
