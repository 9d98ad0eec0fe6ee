// SPDX-License-Identifier: EUPL-1.2
// `npm start`: serves the demo site on the built bundle, under the strict Content-Security-Policy
// and Trusted Types requirement a careful city website would send.
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Pages that check published feeds on other servers (CORS). */
const CONNECT_ANYWHERE = new Set(['/demo/configurator.html', '/demo/feed-workshop.html']);

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  middleware: [
    function redirectRoot(ctx, next) {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
    async function securityHeaders(ctx, next) {
      await next();
      if (!ctx.path.startsWith('/demo/')) return;
      // The configurator and the feed workshop check feeds on any server the editor names, so they may connect anywhere.
      ctx.set('Content-Security-Policy', CONNECT_ANYWHERE.has(ctx.path) ? strictCsp.replace("connect-src 'self'", 'connect-src *') : strictCsp);
    },
  ],
};
