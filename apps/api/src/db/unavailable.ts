import { GraphQLError } from 'graphql';

/** The stable code a client reads to tell "the database is away for a moment" from a fault. */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Seconds a client is asked to wait before trying again (PostgreSQL restarts in a few). */
export const RETRY_AFTER_SECONDS = 5;

/** The HTTP header that asks for it, on every 503 the API sends for an unreachable database. */
export const RETRY_AFTER_HEADERS = Object.freeze({ 'Retry-After': String(RETRY_AFTER_SECONDS) });

export const UNAVAILABLE_MESSAGE =
  'Databasen går inte att nå för tillfället. Försök igen om en liten stund.';

/** Errors of the socket or of connecting: the server cannot be reached, or went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's own codes for "not now": class 08 (connection exception; not 08P01, a protocol
 * violation, which is a fault), 57P01–57P03 (the server is shutting down, crashed, or still
 * starting up: "the database system is starting up"), 53300 (too many connections).
 */
function isTemporarySqlState(code: string) {
  return (
    (code.startsWith('08') && code !== '08P01') || /^57P0[1-3]$/.test(code) || code === '53300'
  );
}

/** What node-postgres says when a connection dies or cannot be had within its timeout. */
const DRIVER_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Query read timeout/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting)/i,
];

/**
 * Whether an error (or one it wraps: GraphQL's originalError, MikroORM's copy of the driver's,
 * a cause) says the database is unreachable right now rather than that the request is wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || isTemporarySqlState(e.code))) {
      return true;
    }
    if (typeof e.message === 'string' && DRIVER_MESSAGES.some((m) => m.test(e.message as string))) {
      return true;
    }
    // AggregateError (connecting to every address of a host name failed).
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner))) {
      return true;
    }
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The GraphQL error for it: HTTP 503 with Retry-After, a stable code, a plain message. */
export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: {
      code: DATABASE_UNAVAILABLE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: RETRY_AFTER_HEADERS },
    },
  });
}
