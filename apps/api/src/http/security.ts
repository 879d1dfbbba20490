import type { ServerResponse } from 'node:http';

/**
 * The header every GraphQL request from a browser must carry unless its content type already
 * forces a CORS preflight (yoga's CSRF prevention): a plain form or a GET from another site
 * cannot set it. The dashboard sends `x-graphql-yoga-csrf: 1`.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export interface SecurityHeaderOptions {
  /**
   * The server is reached over HTTPS (in front of it, a proxy ends TLS). Turns on HSTS. The same
   * fact as `secureCookies`: a Secure session cookie only ever travels over HTTPS.
   */
  https: boolean;
  /** GraphiQL is off in production, so /graphql gets the strict policy there. */
  production: boolean;
}

/**
 * The built dashboard (Vite): its scripts, styles and chunks come from this origin, it talks to
 * /graphql on this origin, and it has no inline script, no inline style attribute, no web font
 * and no image but the `data:,` favicon.
 */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The API answers JSON: nothing in a response may load anything. */
const API_CSP = [
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), ' +
    'magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The security headers of one origin's responses: the dashboard at `/`, the API at `/graphql`. */
export function securityHeaders(options: SecurityHeaderOptions) {
  const https = options.https
    ? { 'Strict-Transport-Security': 'max-age=31536000' }
    : ({} as Record<string, string>);
  const upgrade = options.https ? ['upgrade-insecure-requests'] : [];
  const dashboard: Record<string, string> = {
    ...COMMON,
    ...https,
    'Content-Security-Policy': [...DASHBOARD_CSP, ...upgrade].join('; '),
  };
  // In development /graphql also serves GraphiQL, which loads its code from a CDN and runs
  // inline scripts: no CSP there. Everything else holds.
  const api: Record<string, string> = options.production
    ? { ...COMMON, ...https, 'Content-Security-Policy': API_CSP.join('; ') }
    : { ...COMMON, ...https };
  return {
    dashboard,
    api,
    /** Sets the headers for a request to `path` (a response's own headers may still add more). */
    apply(res: ServerResponse, path: string) {
      const headers = isApiPath(path) ? api : dashboard;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    },
  };
}

export function isApiPath(path: string) {
  return path === '/graphql' || path.startsWith('/graphql/');
}
