import type { IncomingMessage } from 'node:http';
import { DEFAULT_MEETING_REPORT_DAYS } from '@malmo/domain';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import { createYoga } from 'graphql-yoga';
import { DEFAULT_SESSION_POLICY, SESSION_COOKIE, viewerOf } from './auth/sessions';
import type { ApiSettings, Context } from './builder';
import type { Database } from './db/orm';
import { schema } from './schema';

/** What node's HTTP server hands yoga with each request (absent when called in-process). */
interface ServerContext {
  req?: IncomingMessage;
}

export function createGraphQLServer(
  db: Database,
  options: { production: boolean; settings?: Partial<ApiSettings> },
) {
  const settings: ApiSettings = {
    meetingReportDays: DEFAULT_MEETING_REPORT_DAYS,
    session: DEFAULT_SESSION_POLICY,
    secureCookies: false,
    ...options.settings,
  };
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    plugins: [useCookies()],
    // A fresh identity map per request: nothing leaks between requests or users.
    context: async ({ request, req }) => {
      const em = db.orm.em.fork();
      const token = (await request.cookieStore?.get(SESSION_COOKIE))?.value;
      return {
        em,
        settings,
        viewer: await viewerOf(em, token, settings.session),
        request,
        address: req?.socket.remoteAddress ?? 'in-process',
      };
    },
    // Unexpected errors reach the client as "Unexpected error." only; details go to the log.
    maskedErrors: true,
    graphiql: !options.production,
    landingPage: false,
    logging: options.production ? 'warn' : 'info',
  });
}
