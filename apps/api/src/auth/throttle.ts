import type { EntityManager } from '@mikro-orm/postgresql';
import { SignInAttempt } from '../db/account';

/** Failed attempts allowed in the window, per account and per address. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 };

/**
 * Seconds until the next attempt is allowed for this account and address (0: allowed now).
 * Attempts are kept in PostgreSQL, so every API instance counts the same.
 */
export async function signInDelay(
  em: EntityManager,
  email: string,
  address: string,
  now = new Date(),
): Promise<number> {
  const window = THROTTLE.windowMinutes * 60_000;
  const [counts] = (await em.getConnection().execute(
    `select count(*) filter (where email = ?)::int as "byAccount",
            min(at) filter (where email = ?) as "firstByAccount",
            count(*) filter (where address = ?)::int as "byAddress",
            min(at) filter (where address = ?) as "firstByAddress"
       from sign_in_attempt
      where not succeeded and at > ? and (email = ? or address = ?)`,
    [email, email, address, address, new Date(now.getTime() - window), email, address],
  )) as {
    byAccount: number;
    firstByAccount: Date | null;
    byAddress: number;
    firstByAddress: Date | null;
  }[];
  if (!counts) return 0;
  // Locked until the oldest failure in the window has aged out of it.
  const until = (first: Date | null) =>
    first ? Math.max(1, Math.ceil((new Date(first).getTime() + window - now.getTime()) / 1000)) : 0;
  return Math.max(
    counts.byAccount >= THROTTLE.perAccount ? until(counts.firstByAccount) : 0,
    counts.byAddress >= THROTTLE.perAddress ? until(counts.firstByAddress) : 0,
  );
}

export async function recordAttempt(
  em: EntityManager,
  email: string,
  address: string,
  succeeded: boolean,
  now = new Date(),
) {
  em.create(SignInAttempt, { email, address, succeeded, at: now } as never);
  await em.flush();
  // Attempts older than a day say nothing any more; keep the table small.
  await em.nativeDelete(SignInAttempt, { at: { $lt: new Date(now.getTime() - 86_400_000) } });
}
