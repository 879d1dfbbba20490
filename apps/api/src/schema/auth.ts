import { label, ROLES, type Role } from '@malmo/domain';
import { z } from 'zod';
import { verifyDecoy, verifyPassword } from '../auth/passwords';
import {
  endSession,
  rotateSession,
  SESSION_COOKIE,
  sessionCookie,
  type Viewer,
} from '../auth/sessions';
import { recordAttempt, signInDelay } from '../auth/throttle';
import { builder, type Context } from '../builder';
import { Account } from '../db/account';
import { UnitRef } from './refs';

export const RoleEnum = builder.enumType('Role', {
  description: 'What an account may do.',
  values: Object.fromEntries(
    ROLES.map((role) => [
      role.toUpperCase(),
      { value: role, description: label('en', 'role', role) },
    ]),
  ) as Record<Uppercase<Role>, { value: Role; description: string }>,
});

const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in account.',
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (v) => v.role }),
    unit: t.field({
      type: UnitRef,
      nullable: true,
      description: 'The unit a unit editor keeps.',
      resolve: (v) => v.unitId,
    }),
  }),
});

/** Sign-in refused: wrong e-mail or password, or too many attempts. Nothing tells which. */
class SignInError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}
builder.objectType(SignInError, {
  name: 'SignInError',
  fields: (t) => ({
    message: t.exposeString('message'),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      description: '0, or how long to wait after too many failed attempts.',
    }),
  }),
});

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
});

async function setSessionCookie(ctx: Context, token: string | null, expires: Date) {
  await ctx.request.cookieStore?.set(sessionCookie(token, expires, ctx.settings.secureCookies));
}

const SignInOptions = builder.objectRef<{ oidc: boolean }>('SignInOptions').implement({
  description: 'The ways to sign in.',
  fields: (t) => ({
    oidc: t.exposeBoolean('oidc', {
      description:
        "Single sign-on with the City of Malmö account (the city's identity provider) at /auth/oidc/login.",
    }),
  }),
});

builder.queryField('signInOptions', (t) =>
  t.field({
    type: SignInOptions,
    skipTypeScopes: true,
    description: 'How one may sign in; asked before anyone is signed in.',
    resolve: (_root, _args, ctx) => ({ oidc: ctx.settings.singleSignOn }),
  }),
);

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerType,
    nullable: true,
    skipTypeScopes: true,
    description: 'Who is signed in; null when nobody is.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);

builder.mutationFields((t) => ({
  signIn: t.field({
    type: ViewerType,
    skipTypeScopes: true,
    description:
      'Signs in with e-mail and password: a new session (any earlier one on this browser ends) ' +
      'in an HttpOnly cookie. Failed attempts are throttled per account and per address.',
    errors: { types: [SignInError] },
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const parsed = credentials.safeParse(args);
      const email = parsed.success ? parsed.data.email : '';
      const wait = await signInDelay(ctx.em, email, ctx.address);
      if (wait > 0) {
        throw new SignInError(
          'För många misslyckade inloggningsförsök. Försök igen om en stund.',
          wait,
        );
      }
      const account = parsed.success
        ? await ctx.em.findOne(Account, { email, active: true }, { populate: ['passwordHash'] })
        : null;
      const ok =
        account?.passwordHash && parsed.success
          ? await verifyPassword(account.passwordHash, parsed.data.password)
          : await verifyDecoy(args.password);
      await recordAttempt(ctx.em, email, ctx.address, ok);
      if (!ok || !account) throw new SignInError('Fel e-postadress eller lösenord.', 0);
      // Rotation: whatever session this browser had ends; the new one gets a new token.
      const session = await rotateSession(
        ctx.em,
        account,
        (await ctx.request.cookieStore?.get(SESSION_COOKIE))?.value,
        ctx.settings.session,
        ctx.request.headers.get('user-agent'),
      );
      await setSessionCookie(ctx, session.token, session.expiresAt);
      return {
        accountId: account.id,
        email: account.email,
        name: account.name,
        role: account.role,
        unitId: account.role === 'unit_editor' ? (account.unit?.id ?? null) : null,
        sessionId: '',
      };
    },
  }),
  signOut: t.boolean({
    skipTypeScopes: true,
    description: 'Ends this browser’s session on the server and clears its cookie.',
    resolve: async (_root, _args, ctx) => {
      await endSession(ctx.em, (await ctx.request.cookieStore?.get(SESSION_COOKIE))?.value);
      await setSessionCookie(ctx, null, new Date(0));
      return true;
    },
  }),
}));
