import { paths } from '../../paths';

/** The query parameter that carries where the reader was heading. */
export const NEXT_PARAM = 'next';

const ORIGIN = 'http://dashboard.invalid';

/** `/sign-in`, with the page the reader was heading to (when it is worth coming back to). */
export function signInHref(target?: string | null): string {
  const next = target ? safeNext(target) : paths.overview;
  if (next === paths.overview) return paths.signIn;
  return `${paths.signIn}?${new URLSearchParams({ [NEXT_PARAM]: next })}`;
}

/**
 * Where to go after signing in: a page of this dashboard, never another site (`//evil.example`,
 * `https://…`, `/\evil.example`) nor the sign-in page itself. Anything else is the overview.
 */
export function safeNext(raw: string | null | undefined): string {
  if (!raw?.startsWith('/')) return paths.overview;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return paths.overview;
  }
  if (url.origin !== ORIGIN || url.pathname === paths.signIn) return paths.overview;
  return `${url.pathname}${url.search}${url.hash}`;
}
