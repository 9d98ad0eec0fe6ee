// SPDX-License-Identifier: EUPL-1.2
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  EMPTY_FEED, MISSING_FEED, PARTIAL_FEED, PENDING_FEED, SAMPLE_FEED, manyOffersFeed, narrow, renderWidget,
  themed, dark, forcedColours, rtlNarrow, withPendingFeeds, type WelcomeStoryParameters, type WidgetArgs,
} from './support.js';
import { LONG_TEXTS_FEED } from './long-texts.js';

/**
 * What is on, when, where and in which language, with calendar download. Every control below is
 * an HTML attribute an editor can write into the page.
 */
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/offer-list',
  component: 'offer-list',
  render: args => renderWidget('offer-list', args),
  decorators: [withPendingFeeds],
  args: { src: SAMPLE_FEED, 'page-size': 10 },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

export const Default: Story = {};

export const WithFilters: Story = { name: 'With filter bar', args: { filters: true } };

export const ThisWeek: Story = { name: 'This week (agenda)', args: { 'group-by': 'day', upcoming: 7 } };

export const DistrictTeaser: Story = { name: 'District teaser (district 7, 5 offers)', args: { district: '7', limit: 5, compact: true } };

export const Loading: Story = {
  args: { src: PENDING_FEED },
  parameters: { welcome: { settle: 'loading' } satisfies WelcomeStoryParameters },
};

export const Empty: Story = { name: 'Empty (the presets leave nothing)', args: { category: 'health', audience: 'landlords', language: 'ti' } };

export const EmptyFeed: Story = { name: 'Empty feed', args: { src: EMPTY_FEED } };

export const LoadError: Story = { name: 'Error (404)', args: { src: MISSING_FEED } };

export const PartialFeed: Story = {
  name: 'Partial feed (problems)',
  args: { src: PARTIAL_FEED },
  parameters: { welcome: { problems: true } satisfies WelcomeStoryParameters },
};

export const ManyOffers: Story = {
  name: 'Many offers (10 000)',
  tags: ['!autodocs'],
  args: { src: undefined, filters: true },
  render: args => renderWidget('offer-list', args, { feed: manyOffersFeed() }),
};

export const Narrow: Story = { name: 'Narrow (320 px)', args: { filters: true }, decorators: [narrow] };

export const CustomTheme: Story = { name: 'Custom theme', decorators: [themed] };

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
  render: args => renderWidget('offer-list', args, { feed: LONG_TEXTS_FEED }),
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
