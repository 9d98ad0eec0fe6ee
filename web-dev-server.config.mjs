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

/** The feed workshop checks published feeds on other sites (CORS), so it may connect anywhere over http(s). */
export const workshopCsp = strictCsp.replace("connect-src 'self'", "connect-src 'self' https: http:");

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
      if (ctx.path.startsWith('/demo/')) ctx.set('Content-Security-Policy', ctx.path === '/demo/feed-workshop.html' ? workshopCsp : strictCsp);
    },
  ],
};
