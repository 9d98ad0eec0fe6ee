// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared lazy parts (card extras): a widget renders without the part, then once more when it
 * arrives. A part that cannot load must not make the widget render again and again: that froze
 * the page (a configurator preview whose card-extras import failed hung WebKit's main thread).
 */
import { expect } from '@open-wc/testing';
import { lazyPart } from '../../src/internal/lazy-part.js';

/** A widget stand-in: each render asks for the part and re-renders when told it is there. */
function widget(load: (ready: () => void) => string | undefined) {
  const seen: Array<string | undefined> = [];
  const render = () => {
    if (seen.length > 50) return; // a loop would stop here and fail the count below
    seen.push(load(render));
  };
  render();
  return seen;
}

const settled = () => new Promise(resolve => setTimeout(resolve, 0));

describe('lazyPart', () => {
  it('renders without the part, then once with it', async () => {
    const load = lazyPart(() => Promise.resolve('extras'));
    const first = widget(load);
    const second = widget(load);
    await settled();
    expect(first).to.deep.equal([undefined, 'extras']);
    expect(second).to.deep.equal([undefined, 'extras']);
  });

  it('imports the part once for all widgets', async () => {
    let imports = 0;
    const load = lazyPart(() => Promise.resolve(`extras ${++imports}`));
    widget(load);
    widget(load);
    await settled();
    expect(imports).to.equal(1);
    expect(widget(load)).to.deep.equal(['extras 1']);
  });

  it('a part that fails to load leaves the widget rendered without it, once', async () => {
    let imports = 0;
    const load = lazyPart<string>(() => (imports++, Promise.reject(new TypeError('Importing a module script failed.'))));
    const seen = widget(load);
    await settled();
    expect(seen).to.deep.equal([undefined]);
    expect(widget(load), 'later renders do not ask again').to.deep.equal([undefined]);
    await settled();
    expect(imports).to.equal(1);
  });
});
