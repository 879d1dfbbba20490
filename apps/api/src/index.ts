export { readConfig } from './config';
export { startEmbeddedPostgres } from './db/embedded';
export { type RunningServer, type ServerOptions, startServer } from './server';
