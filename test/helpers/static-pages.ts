// SPDX-License-Identifier: EUPL-1.2
/**
 * Opening pages of the static edition in real engines: a feed rendered by the test server's
 * /__test/static-render route (dist/static.js), a page of it in an iframe, axe-core inside it.
 */
interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}

export async function sample(): Promise<Record<string, unknown>> {
  const response = await fetch('/demo/data/duesseldorf.json');
  return (await response.json()) as Record<string, unknown>;
}

/** Renders `feed` on the test server; resolves with the site's base path. */
export async function render(feed: unknown, lang: string[]): Promise<string> {
  const response = await fetch('/__test/static-render', { method: 'POST', body: JSON.stringify({ feed, lang }) });
  if (!response.ok) throw new Error(`static-render: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { base: string }).base;
}

/**
 * Opens a generated page in an iframe of `width` px as `srcdoc`, with the page's CSP meta taken
 * out (so it is the markup itself that must not run anything) and `prepend` before it.
 */
export async function open(url: string, width: number, prepend = ''): Promise<HTMLIFrameElement> {
  const html = await (await fetch(url)).text();
  const page = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('<head>', `<head><base href="${new URL(url, location.href).href}">${prepend}`);
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 700px; border: 0`;
  frame.title = 'static page';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Runs axe-core inside the frame on the whole document (html lang, title, landmarks included). */
export async function axe(frame: HTMLIFrameElement): Promise<AxeResult> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  const ready = new Promise(resolve => script.addEventListener('load', resolve, { once: true }));
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await ready;
  const run = (frame.contentWindow as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe.run;
  return run(doc);
}

export const summary = (result: AxeResult) => result.violations.map(v => `${v.id}: ${v.nodes.map(n => JSON.stringify(n.target)).join(' ')}`);
