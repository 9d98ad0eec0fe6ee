// SPDX-License-Identifier: EUPL-1.2
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  EMPTY_FEED, MISSING_FEED, PARTIAL_FEED, PENDING_FEED, SAMPLE_FEED, manyOffersFeed, narrow,
  renderWidget, themed, dark, forcedColours, rtlNarrow, withPendingFeeds, type WelcomeStoryParameters, type WidgetArgs,
} from './support.js';
import { LONG_TEXTS_FEED } from './long-texts.js';

/**
 * Find the right, nearest or open Welcome Point: search, filters, cards and an optional map.
 * Every control below is an HTML attribute an editor can write into the page.
 */
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/welcome-point-finder',
  component: 'welcome-point-finder',
  render: args => renderWidget('welcome-point-finder', args),
  decorators: [withPendingFeeds],
  args: { src: SAMPLE_FEED },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

export const Default: Story = {};

export const ListAndMap: Story = { name: 'List and map', args: { view: 'both' } };

export const Loading: Story = {
  args: { src: PENDING_FEED },
  parameters: { welcome: { settle: 'loading' } satisfies WelcomeStoryParameters },
};

export const Empty: Story = { name: 'Empty (no match)', args: { query: 'Xylophonreparatur' } };

export const EmptyFeed: Story = { name: 'Empty feed', args: { src: EMPTY_FEED } };

export const LoadError: Story = { name: 'Error (404)', args: { src: MISSING_FEED } };

/**
 * The feed cannot load, on a page that put its own link inside the element (the fallback for
 * browsers without the script): the alert offers it beside "Try again", a way on when retrying
 * cannot help.
 */
export const LoadErrorWithFallback: Story = {
  name: 'Error with the page’s own link',
  args: { src: MISSING_FEED },
  render: args => {
    const finder = renderWidget('welcome-point-finder', args);
    const link = Object.assign(document.createElement('a'), { href: 'https://www.duesseldorf.de/', lang: 'de', textContent: 'Alle Welcome Points auf duesseldorf.de' });
    finder.append(link);
    return finder;
  },
};

export const PartialFeed: Story = {
  name: 'Partial feed (problems)',
  args: { src: PARTIAL_FEED },
  parameters: { welcome: { problems: true } satisfies WelcomeStoryParameters },
};

/**
 * 10 000 offers at 40 Welcome Points (the finder lists points, so offers weigh on search and
 * filters; the offer-list and district-map stories carry 500 points).
 */
export const ManyOffers: Story = {
  name: 'Many offers (10 000 at 40 points)',
  tags: ['!autodocs'],
  args: { src: undefined },
  render: args => renderWidget('welcome-point-finder', args, { feed: manyOffersFeed(40) }),
};

export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [narrow] };

export const CustomTheme: Story = { name: 'Custom theme', decorators: [themed] };

/** The finder's map draws the districts without any background tiles: nothing leaves the site. */
export const MapView: Story = { name: 'Map view', args: { view: 'map' } };

export const Filtered: Story = { name: 'Filtered: district 7, Arabic', args: { district: '7', language: 'ar' } };

export const LanguageSwitcher: Story = { name: 'With language switcher', args: { 'language-switcher': true } };

/** The Düsseldorf theme with `color-scheme: dark` (dark-scheme.css supplies the dark tokens). */
export const Dark: Story = { name: 'Dark scheme (Düsseldorf theme)', args: {}, decorators: [dark] };

/** The widgets in system colours, as forced colours (Windows high contrast) would paint them. */
export const ForcedColours: Story = { name: 'Forced colours (system colours)', decorators: [forcedColours] };

/** Arabic, right to left, at 320 px. */
export const RtlNarrow: Story = { name: 'Right to left, 320 px (Arabic)', decorators: [rtlNarrow] };

/** The longest names, addresses and titles, at 320 px. */
export const LongTexts: Story = {
  name: 'Long texts (320 px)',
  args: { src: undefined },
  decorators: [narrow],
  render: args => renderWidget('welcome-point-finder', args, { feed: LONG_TEXTS_FEED }),
};

// One story per UI locale. The UI language is page-wide, so these stay off the docs page.
export const LocaleEn: Story = { name: 'Locale: en – English', args: { lang: 'en' }, tags: ['!autodocs'] };
export const LocaleDe: Story = { name: 'Locale: de – Deutsch', args: { lang: 'de' }, tags: ['!autodocs'] };
export const LocaleEasyGerman: Story = { name: 'Locale: de-x-ls – Leichte Sprache', args: { lang: 'de-x-ls' }, tags: ['!autodocs'] };
export const LocaleAr: Story = { name: 'Locale: ar – العربية (RTL)', args: { lang: 'ar' }, tags: ['!autodocs'] };
export const LocaleFa: Story = { name: 'Locale: fa – فارسی (RTL)', args: { lang: 'fa' }, tags: ['!autodocs'] };
export const LocaleTr: Story = { name: 'Locale: tr – Türkçe', args: { lang: 'tr' }, tags: ['!autodocs'] };
export const LocaleUk: Story = { name: 'Locale: uk – Українська', args: { lang: 'uk' }, tags: ['!autodocs'] };
export const LocaleRu: Story = { name: 'Locale: ru – Русский', args: { lang: 'ru' }, tags: ['!autodocs'] };
