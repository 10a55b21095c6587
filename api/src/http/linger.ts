import type { IncomingMessage } from 'node:http';

/** How long, and how much, a refused request's body is still read before its connection closes. */
const LINGER_MS = 2_000;
const LINGER_BYTES = 4 * 1024 * 1024;

/**
 * Closes the connection of a request refused while its body was still arriving (too large,
 * malformed) as careful servers do: the answer, then a half-close, then what the client goes on
 * sending is read and dropped for a short while. A socket closed with data unread sends a
 * reset, and a client still writing can lose, with it, the answer it had not read yet.
 */
export function lingerBeforeClosing(request: IncomingMessage): void {
  const socket = request.socket;
  if (request.complete || socket.destroyed) return;
  // Node's HTTP server calls destroySoon once a `connection: close` answer is written.
  socket.destroySoon = function lingeringClose() {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
    let dropped = 0;
    socket.on('data', (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > LINGER_BYTES) socket.destroy();
    });
    socket.once('close', () => clearTimeout(timer));
    socket.resume();
  };
}
