import type { Role } from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../db/account';
import { Unit } from '../db/unit';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

/** The password every demo account shares; demo mode only, and printed at start. */
export const DEMO_PASSWORD = 'malmo-demo-2006';

/** One demo account per role; the unit editor keeps SDF Fosie. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; unitKey?: string }[] = [
  { email: 'admin@malmo.example', name: 'Demo Administratör', role: 'admin' },
  { email: 'analytiker@malmo.example', name: 'Demo Analytiker', role: 'analyst' },
  { email: 'styrgrupp@malmo.example', name: 'Demo Styrgrupp', role: 'steering' },
  {
    email: 'fosie@malmo.example',
    name: 'Demo SDF Fosie',
    role: 'unit_editor',
    unitKey: 'sdf-fosie',
  },
  { email: 'lasare@malmo.example', name: 'Demo Läsare', role: 'reader' },
];

/** Creates the demo accounts when there are no accounts at all; returns those it created. */
export async function createDemoAccounts(em: EntityManager): Promise<typeof DEMO_ACCOUNTS> {
  if ((await em.count(Account, {})) > 0) return [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_ACCOUNTS) {
    const unit = demo.unitKey ? await em.findOne(Unit, { key: demo.unitKey }) : null;
    em.create(Account, {
      email: demo.email,
      name: demo.name,
      role: demo.role,
      unit,
      passwordHash,
      demo: true,
    } as never);
  }
  await em.flush();
  return DEMO_ACCOUNTS;
}

/**
 * Production: there must be an active admin. When there is none, the configured first admin is
 * created; without one configured, the server refuses to start rather than run unmanaged.
 */
export async function ensureFirstAdmin(
  em: EntityManager,
  first: { email?: string; password?: string },
): Promise<string | null> {
  if ((await em.count(Account, { role: 'admin', active: true, demo: false })) > 0) return null;
  const email = first.email?.trim().toLowerCase();
  if (!email || !first.password) {
    throw new Error(
      'No administrator account exists. Set MALMO_ADMIN_EMAIL and MALMO_ADMIN_PASSWORD to create the first one.',
    );
  }
  if (first.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`MALMO_ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  em.create(Account, {
    email,
    name: email,
    role: 'admin',
    passwordHash: await hashPassword(first.password),
  } as never);
  await em.flush();
  return email;
}
