// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/test/fixtures/district-map.json';

interface FrameWindow extends Window {
  enforced?: boolean;
  violations?: string[];
  result?: { ready: boolean; paths: number; markers: number; popup: string | null };
  failure?: string;
}

/**
 * A page that enforces Trusted Types the way a careful city site does: only Lit's policy is
 * allowed, and any string assigned to innerHTML throws.
 */
function trustedTypesPage(): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">
    </head><body><script type="module">
      const until = (ok, what) => new Promise((resolve, reject) => {
        const end = performance.now() + 10000;
        const check = () => (ok() ? resolve() : performance.now() > end ? reject(new Error(what)) : requestAnimationFrame(check));
        check();
      });
      const reports = [];
      document.addEventListener('securitypolicyviolation', e => reports.push(e.violatedDirective + ': ' + e.sample));
      try { document.createElement('div').innerHTML = '<svg/>'; window.enforced = false; } catch { window.enforced = true; }
      // Reports arrive in a later task than their violation.
      const reported = () => new Promise(resolve => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }));
      try {
        // Count only what comes after the probe's own report.
        if (window.enforced) await until(() => reports.length > 0, 'the probe was never reported');
        const fromProbe = reports.length;
        // Absolute: WebKit resolves module specifiers in srcdoc frames against about:srcdoc
        // (https://bugs.webkit.org/show_bug.cgi?id=314175, fixed after WebKitGTK 2.50).
        await import('${location.origin}/src/components/district-map/district-map.ts');
        const map = document.createElement('district-map');
        map.src = '${FEED}';
        document.body.append(map);
        const ready = await map.mapReady;
        await map.updateComplete;
        map.shadowRoot.querySelector('.marker__button[data-point-id="wp-x"]').click();
        await until(() => map.shadowRoot.querySelector('.popup__title'), 'no popup');
        await reported();
        window.violations = reports.slice(fromProbe);
        window.result = {
          ready,
          paths: map.shadowRoot.querySelectorAll('path.district').length,
          markers: map.shadowRoot.querySelectorAll('.marker__button').length,
          popup: map.shadowRoot.querySelector('.popup__title')?.textContent ?? null,
        };
      } catch (error) {
        window.failure = String(error);
      }
    </script></body></html>`;
  document.body.append(frame);
  return new Promise(resolve => frame.addEventListener('load', () => resolve(frame.contentWindow as FrameWindow), { once: true }));
}

describe('<district-map> under Trusted Types', () => {
  it('the dev server serves Leaflet with its inline-SVG probe patched, like the build', async () => {
    const code = await (await fetch('/node_modules/leaflet/dist/leaflet-src.esm.js')).text();
    expect(/innerHTML\s*=\s*['"]<svg\/>/.test(code)).to.be.false;
    expect(code).to.contain("div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))");
  });

  it('draws the map and opens a popup on a page that enforces Trusted Types, without violations', async function () {
    // Debian's Firefox ESR 140 has no Trusted Types (Firefox ships them from 145): nothing to enforce there.
    if (!('trustedTypes' in window)) this.skip();
    const win = await trustedTypesPage();
    await waitUntil(() => win.result || win.failure, 'the framed page never finished', { timeout: 15000 });
    expect(win.enforced, 'the page enforces Trusted Types').to.be.true;
    expect(win.failure).to.equal(undefined);
    expect(win.result).to.deep.equal({ ready: true, paths: 3, markers: 5, popup: '<img src=x onerror=window.__xss=2>' });
    expect(win.violations).to.deep.equal([]);
  });
});
