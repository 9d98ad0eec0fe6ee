// SPDX-License-Identifier: EUPL-1.2
import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on now, for a server that cannot be told to pick
 * one itself (@web/dev-server, WebKitWebDriver): the operating system chooses it for a probe.
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
