// The peer in a process of its own:
// `DATABASE_URL=… PORT=… POOL_SIZE=… node --import tsx src/peer-server.ts`.
// Prints `ready <url>` once it answers.
import { startPeer } from './peer';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const peer = await startPeer(url, {
  port: Number(process.env.PORT ?? 0),
  poolSize: Number(process.env.POOL_SIZE ?? 10),
});
console.log(`ready ${peer.url}`);
const stop = () => void peer.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
