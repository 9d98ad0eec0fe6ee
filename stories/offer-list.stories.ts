// SPDX-License-Identifier: EUPL-1.2
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  EMPTY_FEED, MISSING_FEED, PARTIAL_FEED, PENDING_FEED, SAMPLE_FEED, localeStory, manyOffersFeed, narrow, renderWidget,
  themed, withPendingFeeds, type WelcomeStoryParameters, type WidgetArgs,
} from './support.js';

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

export const Empty: Story = { name: 'Empty (no match)', args: { category: 'health', audience: 'landlords', language: 'ti' } };

export const EmptyFeed: Story = { name: 'Empty feed', args: { src: EMPTY_FEED } };

export const LoadError: Story = { name: 'Error (404)', args: { src: MISSING_FEED } };

export const PartialFeed: Story = {
  name: 'Partial feed (problems)',
  args: { src: PARTIAL_FEED },
  parameters: { welcome: { problems: true } satisfies WelcomeStoryParameters },
};

export const ManyOffers: Story = {
  name: 'Many offers (10 000)',
  args: { src: undefined, filters: true },
  render: args => renderWidget('offer-list', args, { feed: manyOffersFeed() }),
};

export const Narrow: Story = { name: 'Narrow (320 px)', args: { filters: true }, decorators: [narrow] };

export const CustomTheme: Story = { name: 'Custom theme', decorators: [themed] };

export const LocaleEn = localeStory('en');
export const LocaleDe = localeStory('de');
export const LocaleEasyGerman = localeStory('de-x-ls');
export const LocaleAr = localeStory('ar');
export const LocaleFa = localeStory('fa');
export const LocaleTr = localeStory('tr');
export const LocaleUk = localeStory('uk');
export const LocaleRu = localeStory('ru');
