import type { IncomingMessage } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { DEFAULT_MEETING_REPORT_DAYS } from '@malmo/domain';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import { getOperationAST } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { DEFAULT_SESSION_POLICY, SESSION_COOKIE, viewerOf } from './auth/sessions';
import type { ApiSettings, Context } from './builder';
import type { Database } from './db/orm';
import { databaseUnavailableError, isDatabaseUnavailable } from './db/unavailable';
import { armorConfig, MAX_BODY_BYTES } from './http/limits';
import { useRefuseNul } from './http/nul';
import { CSRF_HEADER } from './http/security';
import { useHideSuggestions } from './http/suggestions';
import { schema } from './schema';

/** What node's HTTP server hands yoga with each request (absent when called in-process). */
interface ServerContext {
  req?: IncomingMessage;
}

/** A query reads the data version once for all its fields (see DataCache.forQuery). */
function useQueryCache(db: Database): Plugin<Context> {
  return {
    onExecute({ args, extendContext }) {
      if (getOperationAST(args.document, args.operationName)?.operation === 'query') {
        extendContext({ cache: db.cache.forQuery() });
      }
    },
  };
}

export function createGraphQLServer(
  db: Database,
  options: { production: boolean; settings?: Partial<ApiSettings> },
) {
  const settings: ApiSettings = {
    meetingReportDays: DEFAULT_MEETING_REPORT_DAYS,
    session: DEFAULT_SESSION_POLICY,
    secureCookies: false,
    singleSignOn: false,
    ...options.settings,
  };
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    plugins: [
      useCookies(),
      // A request a browser sends cross-site without a preflight (a form, a GET) needs this header.
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      // Depth, aliases, tokens, directives and cost (see http/limits.ts), checked before execution.
      EnvelopArmorPlugin(armorConfig(options.production)),
      useRefuseNul(),
      useQueryCache(db),
      // schema.graphql is printed from the code: nothing needs introspection at run time.
      ...(options.production ? [useDisableIntrospection(), useHideSuggestions()] : []),
    ],
    maxRequestBodySize: MAX_BODY_BYTES,
    // A fresh identity map per request: nothing leaks between requests or users.
    context: async ({ request, req }) => {
      const em = db.orm.em.fork();
      const token = (await request.cookieStore?.get(SESSION_COOKIE))?.value;
      return {
        em,
        cache: db.cache,
        settings,
        viewer: await viewerOf(em, token, settings.session),
        request,
        address: req?.socket.remoteAddress ?? 'in-process',
      };
    },
    // Unexpected errors reach the client as "Unexpected error." only; details go to the log. Never
    // their stack either, whatever NODE_ENV says (yoga adds it when NODE_ENV is "development").
    // A database that cannot be reached (also in the session lookup above) is no fault of the
    // request: 503 with Retry-After and the code DATABASE_UNAVAILABLE, so clients say "try again".
    maskedErrors: {
      isDev: false,
      maskError: (error, message, isDev) =>
        isDatabaseUnavailable(error)
          ? databaseUnavailableError()
          : maskError(error, message, isDev),
    },
    graphiql: !options.production,
    landingPage: false,
    logging: options.production ? 'warn' : 'info',
  });
}
