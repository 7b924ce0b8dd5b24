import { createServer } from 'node:net';

/** A TCP port nothing listens on now (the system picks it), for a dev server or DevTools. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}
