import { DEFAULT_MEETING_REPORT_DAYS } from '@malmo/domain';
import { createYoga } from 'graphql-yoga';
import type { ApiSettings, Context } from './builder';
import type { Database } from './db/orm';
import { schema } from './schema';

export function createGraphQLServer(
  db: Database,
  options: { production: boolean; settings?: Partial<ApiSettings> },
) {
  const settings: ApiSettings = {
    meetingReportDays: DEFAULT_MEETING_REPORT_DAYS,
    ...options.settings,
  };
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // A fresh identity map per request: nothing leaks between requests or users.
    context: () => ({ em: db.orm.em.fork(), settings, viewerName: null }),
    // Unexpected errors reach the client as "Unexpected error." only; details go to the log.
    maskedErrors: true,
    graphiql: !options.production,
    landingPage: false,
    logging: options.production ? 'warn' : 'info',
  });
}
