// SPDX-License-Identifier: EUPL-1.2
/**
 * Where a UI string appears, derived from its message id (`<area>.<purpose>`) and the translator
 * note, and how to show that state live: which widget, with which attributes. First match wins.
 * States that need a broken connection (offline, timeout, server error) have no live preview.
 * `event`: `[name, detail]` of a group event that puts the widget into the state.
 */

/** Widget of each id area. */
const AREAS = {
  'welcome-point-finder': 'Welcome Point finder',
  'point-card': 'Welcome Point finder: a Welcome Point card',
  opening: 'Welcome Point finder: opening-hours badge on a card',
  audience: 'Welcome Point finder: audience filter',
  'offer-list': 'Offer list',
  'offer-card': 'Offer list: an offer',
  'district-map': 'District map',
  status: 'Every widget: loading and error messages',
  i18n: 'Every widget: hint after a text the feed lacks in your language',
  'language-switcher': 'Every widget: language menu',
};

/** `[id pattern, preview]`; `preview` is `{ tag, attributes }`, or `null` when no live preview is feasible. */
const PREVIEWS = [
  [/^status\.error-404$/, { tag: 'welcome-point-finder', attributes: { src: 'no-such-feed.json' } }],
  [/^status\.(error|problems)/, null],
  [/^welcome-point-finder\.empty$/, { tag: 'welcome-point-finder', attributes: { query: 'zzzz' } }],
  [/^welcome-point-finder\.order-quarter$/, { tag: 'welcome-point-finder', attributes: { quarter: '011' } }],
  [/^welcome-point-finder\.(map|count|order)/, { tag: 'welcome-point-finder', attributes: { view: 'both' } }],
  [/^language-switcher\./, { tag: 'welcome-point-finder', attributes: { 'language-switcher': '' } }],
  // The chips show only after a choice in a sibling widget: the preview sends that choice as the
  // group event a district map or finder would (public contract: bubbling, composed, typed detail).
  [/^offer-list\.chip-point$/, { tag: 'offer-list', attributes: {}, event: ['welcome-point-select', { pointId: 'wp-nord', source: 'map' }] }],
  [/^offer-list\.chip-(district|clear)$/, { tag: 'offer-list', attributes: {}, event: ['welcome-district-select', { districtId: '1', source: 'map' }] }],
  // "Nothing matches" is for the visitor's own choice (here a sibling finder's search); a page's preset that leaves nothing gets "none".
  [/^offer-list\.(empty|reset)$/, { tag: 'offer-list', attributes: { filters: '' }, event: ['welcome-filter-change', { filters: { query: 'zzzz' } }] }],
  [/^offer-list\.none$/, { tag: 'offer-list', attributes: { language: 'zz' } }],
  [/^offer-list\.(category|language|audience|search|open-now)/, { tag: 'offer-list', attributes: { filters: '' } }],
  [/^(offer-list|offer-card)\./, { tag: 'offer-list', attributes: {} }],
  [/^district-map\.(list|unavailable|other-places)/, { tag: 'district-map', attributes: { view: 'list' } }],
  [/^district-map\./, { tag: 'district-map', attributes: {} }],
  [/^/, { tag: 'welcome-point-finder', attributes: {} }],
];

/** "Welcome Point finder: a Welcome Point card — Label before the street address". */
export function whereItAppears(id, note) {
  const area = AREAS[id.split('.')[0]] ?? 'Every widget';
  const purpose = note || id.split('.').slice(1).join('.').replace(/-/g, ' ');
  return { widget: area, state: purpose };
}

/** The widget and attributes that show this string (with `src`: the feed URL), or `null`. */
export function previewFor(id, feed) {
  const preview = PREVIEWS.find(([pattern]) => pattern.test(id))[1];
  return preview && { ...preview, attributes: { src: feed, ...preview.attributes } };
}
