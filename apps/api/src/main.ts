import { readConfig } from './config';
import { startServer } from './server';

const config = readConfig();
const server = await startServer(config);
console.log(
  `\nMalmö international registry is ready: ${server.url}  (API: ${server.url}graphql)\nPress Ctrl-C to stop.`,
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the server and PostgreSQL …`);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
