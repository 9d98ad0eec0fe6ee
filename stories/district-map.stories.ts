// SPDX-License-Identifier: EUPL-1.2
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  EMPTY_FEED, MISSING_FEED, NO_HOURS_FEED, OSM_ATTRIBUTION, OSM_TILES, PARTIAL_FEED, PENDING_FEED, SAMPLE_FEED, STORY_TILES,
  manyOffersFeed, narrow, renderWidget, themed, dark, forcedColours, rtlNarrow, withPendingFeeds, type WelcomeStoryParameters, type WidgetArgs,
} from './support.js';
import { LONG_TEXTS_FEED } from './long-texts.js';

/**
 * The city's districts and their Welcome Points on a private-by-default map. Without `tile-url`
 * nothing but the feed is requested; with it, tiles load only after the visitor agrees.
 */
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/district-map',
  component: 'district-map',
  render: args => renderWidget('district-map', args),
  decorators: [withPendingFeeds],
  args: { src: SAMPLE_FEED, height: '420px' },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

export const Default: Story = {};

export const DistrictSelected: Story = { name: 'District 7 selected', args: { district: '7' } };

export const ShadedByOffers: Story = { name: 'Shaded by number of offers', args: { shade: 'offers' } };

export const ListView: Story = { name: 'List view', args: { view: 'list' } };

/** A real tile provider is configured, but nothing is requested until the visitor agrees. */
export const TilesWaitForConsent: Story = {
  name: 'Map without consent (placeholder)',
  args: { 'tile-url': OSM_TILES, 'tile-attribution': OSM_ATTRIBUTION },
};

/** The site asked for consent already; tiles come from a same-origin stand-in in this story. */
export const TilesWithConsent: Story = {
  name: 'Map with consent (tiles shown)',
  args: { 'tile-url': STORY_TILES, 'tile-attribution': 'Story tiles (plain, same origin)', 'tile-consent': 'granted' },
};

export const Loading: Story = {
  args: { src: PENDING_FEED },
  parameters: { welcome: { settle: 'loading' } satisfies WelcomeStoryParameters },
};

/** No opening hours in the feed: plain markers, and the key says "Hours not known", never "Open now". */
export const HoursNotKnown: Story = { name: 'Hours not known (feed without opening hours)', args: { src: NO_HOURS_FEED } };

export const EmptyFeed: Story = { name: 'Empty (no Welcome Points)', args: { src: EMPTY_FEED } };

export const LoadError: Story = { name: 'Error (404)', args: { src: MISSING_FEED } };

export const PartialFeed: Story = {
  name: 'Partial feed (problems)',
  args: { src: PARTIAL_FEED },
  parameters: { welcome: { problems: true } satisfies WelcomeStoryParameters },
};

export const ManyOffers: Story = {
  name: 'Many points and offers (500 / 10 000)',
  tags: ['!autodocs'],
  args: { src: undefined, shade: 'offers' },
  render: args => renderWidget('district-map', args, { feed: manyOffersFeed() }),
};

export const Narrow: Story = { name: 'Narrow (320 px)', args: { height: '320px' }, decorators: [narrow] };

export const CustomTheme: Story = { name: 'Custom theme', args: { district: '3' }, decorators: [themed] };

/** The district page pattern: map and offer list share `group`, so a click on a district filters the list. */
export const SyncedWithOfferList: Story = {
  name: 'Synced with an offer list (group)',
  render: args => html`${renderWidget('district-map', { ...args, group: 'story-district', district: '7' })}
    ${renderWidget('offer-list', { src: args.src, group: 'story-district', district: '7', compact: true, 'page-size': 5 })}`,
};

/** The Düsseldorf theme with `color-scheme: dark` (dark-scheme.css supplies the dark tokens). */
export const Dark: Story = { name: 'Dark scheme (Düsseldorf theme)', args: { district: '3' }, decorators: [dark] };

/** The widgets in system colours, as forced colours (Windows high contrast) would paint them. */
export const ForcedColours: Story = { name: 'Forced colours (system colours)', decorators: [forcedColours] };

/** Arabic, right to left, at 320 px. */
export const RtlNarrow: Story = { name: 'Right to left, 320 px (Arabic)', decorators: [rtlNarrow] };

/** The longest names, addresses and titles, at 320 px. */
export const LongTexts: Story = {
  name: 'Long texts (320 px)',
  args: { src: undefined },
  decorators: [narrow],
  render: args => renderWidget('district-map', args, { feed: LONG_TEXTS_FEED }),
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
