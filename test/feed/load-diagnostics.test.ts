// SPDX-License-Identifier: EUPL-1.2
// On a failed feed load, the page's developer gets one console message naming the URL, the cause
// and the fix (src/feed/load-diagnostics.ts), however many widgets share the feed.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache } from '../../src/feed/load.js';
import { syntaxErrorPosition } from '../../src/feed/load-diagnostics.js';
import { waitUntil } from '../helpers/wait.js';
import '../../src/define.js';

let unique = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}d=${Date.now()}-${unique++}`;

/** Renders a finder on `src` and returns the developer messages once the first arrives. */
async function diagnosticsFor(src: string, widgets = 1): Promise<string[]> {
  const error = sinon.stub(console, 'error');
  const messages = () => error.getCalls().map(call => String(call.args[0])).filter(text => text.startsWith('welcome-widgets: the feed'));
  const container = await fixture<HTMLElement>(html`<div></div>`);
  for (let i = 0; i < widgets; i++) container.append(Object.assign(document.createElement('welcome-point-finder'), { src }));
  await waitUntil(() => messages().length > 0, 'no developer message');
  // Both widgets show their error before we count: a second message would have been logged by then.
  await waitUntil(() => [...container.children].every(el => el.shadowRoot?.querySelector('[role="alert"]')), 'widgets show no error');
  const result = messages();
  error.restore();
  return result;
}

describe('load diagnostics: one console message with URL, cause and fix', () => {
  afterEach(() => {
    sinon.restore();
    clearFeedCache();
  });

  it('404: names the URL and says to check the src attribute, once for two widgets on the feed', async () => {
    const src = fresh('/__test/status/404');
    const messages = await diagnosticsFor(src, 2);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain(new URL(src, location.href).href);
    expect(messages[0]).to.match(/Cause: The feed server answered 404.*no file at this address/);
    expect(messages[0]).to.match(/Fix: Check the `src` attribute/);
  });

  it('JSON syntax error: line and column where the engine reports a position', async () => {
    const [message] = await diagnosticsFor(fresh('/test/fixtures/syntax-error.json'));
    let enginePosition = false;
    try {
      JSON.parse('{,}');
    } catch (error) {
      enginePosition = /position|line/.test((error as Error).message);
    }
    expect(message).to.match(enginePosition ? /Cause: JSON syntax error at line 3, column \d+/ : /Cause: JSON syntax error/);
    expect(message).to.contain('npx -p welcome-widgets welcome-feed validate');
  });

  it('wrong format version: says which version and what to publish', async () => {
    const [message] = await diagnosticsFor(fresh('/test/fixtures/version-2.json'));
    expect(message).to.match(/Cause: .*version 2; this library reads version 1/);
    expect(message).to.match(/Fix: Publish the feed in format version 1/);
  });

  it('CORS: a server on another origin that answers without the header gets the exact header to add', async () => {
    const other = new URL(location.href);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const src = fresh(`${other.origin}/test/fixtures/small.json`);
    const [message] = await diagnosticsFor(src);
    expect(message).to.contain(src);
    expect(message).to.match(/Cause: The server at .* answered, but without permission for other sites to read the feed \(CORS\)/);
    expect(message).to.contain('Fix: Add this HTTP response header to the feed: Access-Control-Allow-Origin: *');
  });

  it('unreachable host: no answer, and the CSP connect-src hint instead of blaming CORS', async () => {
    const [message] = await diagnosticsFor('http://127.0.0.1:9/feed.json');
    expect(message).to.match(/Cause: No answer from http:\/\/127\.0\.0\.1:9/);
    expect(message).not.to.contain('CORS');
  });

  it('line and column from each engine’s message format', () => {
    const text = '{\n  "a": 1,\n  }';
    expect(syntaxErrorPosition(text, 'Unexpected token } in JSON at position 14')).to.deep.equal({ line: 3, column: 3 });
    expect(syntaxErrorPosition(text, 'JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data')).to.deep.equal({ line: 3, column: 3 });
    expect(syntaxErrorPosition(text, 'JSON Parse error: Expected \'}\'')).to.equal(undefined);
  });
});
