// SPDX-License-Identifier: EUPL-1.2
// demo/translations.html: the review page on the repository's xliff files and the sample feed.
import { LOCALES, mountReview } from './review.mjs';

const requested = new URLSearchParams(location.search).get('locale');
await mountReview(document.getElementById('review'), {
  xliffBase: new URL('../../xliff/', import.meta.url),
  feed: 'data/duesseldorf.json',
  locale: LOCALES.some(l => l.tag === requested) ? requested : undefined,
});
