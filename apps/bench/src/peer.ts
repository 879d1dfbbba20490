import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';
import type { GraphQLSchema } from 'graphql';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import type { PromiseOrDirect } from 'postgraphile/grafast';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

export interface RunningPeer {
  url: string;
  schema(): PromiseOrDirect<GraphQLSchema>;
  close(): Promise<void>;
}

/**
 * PostGraphile v5 (the Amber preset, pg-aggregates) over the same PostgreSQL schema, at
 * `/graphql` on a node HTTP server: no GraphiQL, no explain, nothing watched; a pool of `poolSize`
 * connections (the API's).
 */
export async function startPeer(
  databaseUrl: string,
  options: { poolSize: number; port?: number },
): Promise<RunningPeer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize });
  // A connection PostgreSQL ends while idle (a server stopping) is not the peer's failure.
  pool.on('error', () => {});
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset, PgAggregatesPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server: Server = createServer();
  serv.addTo(server);
  await serv.ready();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    schema: () => pgl.getSchema(),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pgl.release();
      await pool.end();
    },
  };
}
