import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** After refusing a body, how much more of it is read (and dropped) before the connection is cut. */
const DRAIN_BYTES = 1024 * 1024;

/**
 * Reads the request body, at most `limit` bytes, before `next` sees the request; a longer one
 * gets 413 with a short JSON message and `next` never runs. The bytes are counted as they
 * arrive: a Content-Length over the limit is refused at once, but one under it (or none, with a
 * chunked body) is not taken on trust. `next` receives the body as `req.body`, which yoga's node
 * adapter reads in place of the (already consumed) stream.
 */
export function limitBody(limit: number, next: Handler): Handler {
  return (req, res) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      refuse(req, res, limit);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > limit + DRAIN_BYTES) req.socket.destroy();
        return;
      }
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        refuse(req, res, limit);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks, size);
      next(req, res);
    });
    // A client that went away mid-body: nothing to answer.
    req.on('error', () => {
      refused = true;
    });
  };
}

function refuse(req: IncomingMessage, res: ServerResponse, limit: number) {
  if (res.headersSent) return;
  const body = JSON.stringify({
    errors: [{ message: `Request body too large: the limit is ${Math.floor(limit / 1000)} kB.` }],
  });
  res.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    // The rest of the body is not wanted: close rather than read it to reuse the connection.
    Connection: 'close',
  });
  res.end(body);
  // Whatever is still coming is dropped (up to DRAIN_BYTES, see above), so the client can finish
  // sending and read the answer.
  if (req.listenerCount('data') === 0) {
    let dropped = 0;
    req.on('data', (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > DRAIN_BYTES) req.socket.destroy();
    });
  }
}
