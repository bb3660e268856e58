// Asks the OS for a free TCP port on localhost, so that a test server never collides with a running
// `npm start` (port 3000) or with another test run.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
