// SPDX-License-Identifier: EUPL-1.2
/**
 * Every story, rendered the way Storybook renders it (args → render → decorators), waited on
 * until its widgets have settled, then checked with axe. A story that throws, never settles or
 * breaks accessibility fails `npm test`.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import sinon from 'sinon';
import '../../src/define.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import type { WelcomeElement } from '../../src/internal/welcome-element.js';
import type { WelcomeStoryParameters } from '../../stories/support.js';
import * as finderStories from '../../stories/welcome-point-finder.stories.js';
import * as offerListStories from '../../stories/offer-list.stories.js';
import * as districtMapStories from '../../stories/district-map.stories.js';
import { mapSettled } from '../helpers/map.js';
import { waitUntil } from '../helpers/wait.js';

type StoriesModule = { default: Meta } & Record<string, unknown>;
const MODULES: StoriesModule[] = [finderStories, offerListStories, districtMapStories];
const TAGS = 'welcome-point-finder, offer-list, district-map';

/** The widgets a story shows, including those a widget renders inside itself (the finder's map). */
function widgetsIn(root: Element | ShadowRoot): WelcomeElement[] {
  const found: WelcomeElement[] = [];
  for (const element of root.querySelectorAll<WelcomeElement>(TAGS)) {
    found.push(element);
    if (element.shadowRoot) found.push(...widgetsIn(element.shadowRoot));
  }
  return found;
}

/** Storybook's composition, reduced to what our stories use: args, render and decorators. */
function compose(meta: Meta, story: StoryObj, name: string): { node: unknown; parameters: Record<string, unknown> } {
  const args = { ...meta.args, ...story.args };
  const parameters = { ...meta.parameters, ...story.parameters } as Record<string, unknown>;
  const context = { args, parameters, name, id: name, globals: {}, argTypes: {}, viewMode: 'story' } as unknown as StoryContext;
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${meta.title}: no render function`);
  let storyFn = () => render(args, context) as unknown;
  const decorators = [...toArray(story.decorators), ...toArray(meta.decorators)];
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = () => (decorator as (fn: () => unknown, context: StoryContext) => unknown)(inner, context);
  }
  return { node: storyFn(), parameters };
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The loading state every widget tracks (protected API; the tests read it as a visitor would wait). */
const feedState = (el: WelcomeElement) => (el as unknown as { feedController: { state: string } }).feedController.state;

async function settle(root: Element, expected: 'loading' | 'done'): Promise<void> {
  const top = widgetsIn(root);
  expect(top.length, 'the story renders no widget').to.be.greaterThan(0);
  if (expected === 'loading') {
    await waitUntil(() => top.every(el => el.shadowRoot?.querySelector('[part="loading"]')), 'no loading state shown');
    return;
  }
  await waitUntil(
    () => widgetsIn(root).every(el => ['ready', 'error'].includes(feedState(el)) && !el.shadowRoot?.querySelector('[part="loading"]')),
    'widgets never finished loading',
    { timeout: 15000 },
  );
  for (const map of widgetsIn(root).filter((el): el is DistrictMap => el.localName === 'district-map')) {
    if (feedState(map) === 'ready') await mapSettled(map);
  }
  await Promise.all(widgetsIn(root).map(el => el.updateComplete));
  await nextFrame();
}

// Storybook's preview imports the dark scheme's tokens; so does this page (inert without color-scheme).
before(async () => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/src/styles/dark-scheme.css' });
  const loaded = new Promise(resolve => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
});

for (const module of MODULES) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    let warn: sinon.SinonStub;
    // A partial feed is reported once per widget with console.warn; any other warning is a defect.
    beforeEach(() => (warn = sinon.stub(console, 'warn')));
    afterEach(() => warn.restore());

    for (const [exportName, story] of Object.entries(module)) {
      if (exportName === 'default' || exportName === '__namedExportsOrder' || typeof story !== 'object') continue;
      const storyObj = story as StoryObj;
      it(`${storyObj.name ?? exportName} renders, settles and passes axe`, async () => {
        const { node, parameters } = compose(meta, storyObj, exportName);
        const welcome = parameters.welcome as WelcomeStoryParameters | undefined;
        const settleAs = welcome?.settle ?? 'done';
        const root = await fixture<HTMLElement>(html`<div class="story-root">${node}</div>`);
        await settle(root, settleAs);
        if (settleAs === 'done') {
          for (const widget of widgetsIn(root)) {
            // every state renders something a visitor can see: content, empty or error
            expect(widget.shadowRoot!.childElementCount, `<${widget.localName}> rendered nothing`).to.be.greaterThan(0);
          }
        }
        await expect(root).to.be.accessible();
        if (welcome?.problems) {
          expect(warn.calledWithMatch(sinon.match(/problem\(s\) in the feed/)), 'the feed problems were not reported in the console').to.be.true;
          for (const widget of widgetsIn(root)) expect(widget.shadowRoot!.querySelector('[part="problems"]'), `<${widget.localName}> hides the problems`).to.exist;
        } else {
          expect(warn.args, 'the story logged warnings').to.deep.equal([]);
        }
      });
    }
  });
}
