// SPDX-License-Identifier: EUPL-1.2
// Runs inside test/hostile/csp-page.html: records CSP violations from the first moment, then
// loads and mounts all three widgets (?hostile=1 adds the hostile stylesheet) and reports what
// they rendered in `window.cspResult`.
import { afterFrame, until } from '../helpers/wait.js';
import { mapSettled } from '../helpers/map.js';

interface CspResult {
  violations: string[];
  errors: string[];
  rendered: Record<string, number>;
  trustedTypesEnforced: boolean | null;
}
declare global {
  interface Window {
    cspResult?: CspResult;
  }
}

const violations: string[] = [];
const errors: string[] = [];
document.addEventListener('securitypolicyviolation', event =>
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`),
);
window.addEventListener('error', event => errors.push(event.message));
window.addEventListener('unhandledrejection', event => errors.push(String(event.reason)));

const CONTENT: Record<string, string> = {
  'welcome-point-finder': '[part~="card"]',
  'offer-list': '[part~="item"]',
  'district-map': 'path.district',
};

async function run(): Promise<CspResult> {
  if (new URLSearchParams(location.search).has('hostile')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/test/hostile/hostile.css';
    document.head.append(link);
  }
  await import('../../src/define.js');
  for (const tag of Object.keys(CONTENT)) {
    const el = document.createElement(tag);
    el.setAttribute('src', '/demo/data/duesseldorf.json');
    el.setAttribute('lang', 'en');
    if (tag === 'welcome-point-finder') el.setAttribute('view', 'both');
    document.body.append(el);
  }
  const count = () => Object.fromEntries(Object.entries(CONTENT).map(([tag, selector]) => [tag, document.querySelector(tag)!.shadowRoot?.querySelectorAll(selector).length ?? 0]));
  await until(() => Object.values(count()).every(n => n > 0), 'a widget rendered nothing', 15_000).catch(() => undefined);
  // What comes after the first entries (maps, nested widgets, fonts) may still be blocked: let it finish.
  type Widget = HTMLElement & { updateComplete: Promise<unknown>; mapReady?: Promise<boolean> };
  for (const tag of Object.keys(CONTENT)) {
    const el = document.querySelector<Widget>(tag)!;
    await el.updateComplete;
    for (const map of [el, el.shadowRoot?.querySelector<Widget>('district-map')]) if (map?.mapReady) await mapSettled(map as Widget & { mapReady: Promise<boolean> });
  }
  await afterFrame();
  let trustedTypesEnforced: boolean | null = null;
  if ('trustedTypes' in window) {
    try {
      document.createElement('div').innerHTML = '<b></b>';
      trustedTypesEnforced = false;
    } catch {
      trustedTypesEnforced = true;
    }
    // the probe's own report is expected (in a later task); drop it
    const isProbe = (v: string) => v.includes('<b></b>') || v.includes('Element innerHTML');
    if (trustedTypesEnforced) await until(() => violations.some(isProbe), 'the probe was never reported').catch(() => undefined);
    const probe = violations.findIndex(isProbe);
    if (probe !== -1) violations.splice(probe, 1);
  }
  return { violations, errors, rendered: count(), trustedTypesEnforced };
}

run().then(
  result => (window.cspResult = result),
  (error: unknown) => (window.cspResult = { violations, errors: [...errors, String(error)], rendered: {}, trustedTypesEnforced: null }),
);
export {};
