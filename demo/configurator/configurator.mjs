// SPDX-License-Identifier: EUPL-1.2
/**
 * The embed configurator: a plain form → a live preview and the exact snippet an editor pastes
 * into the CMS. No framework and no innerHTML, so it runs under the demo's strict
 * Content-Security-Policy and Trusted Types requirement like any careful city page.
 */
import { TEXTS } from './texts.mjs';
import { CORS_HEADER, checkBundle, checkFeed } from './feed-check.mjs';
import { DEFAULTS, VIEWS, attributesOf, contrastOf, fallbackHref, snippetOf, tagsOf, themeOf } from './snippet.mjs';

const AUDIENCES = ['newcomers', 'refugees', 'neighbours', 'landlords', 'volunteers', 'partners', 'families', 'women', 'children', 'youth', 'seniors'];
const $ = id => document.getElementById(id);
const form = /** @type {HTMLFormElement} */ ($('config'));
let uiLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
/** @type {{ districts: any[], categories: any[], defaultLanguage: string } | null} */
let feedInfo = null;
let feedLoadedFrom = '';
/** The result of the last feed check (feed-check.mjs), shown under the feed address. */
let feedCheck = /** @type {{ state: string, status?: number, feed?: any } | null} */ (null);
/** The same for the bundle's address. */
let bundleCheck = /** @type {{ state: string, status?: number } | null} */ (null);
let bundleCheckedFrom = '';

const t = key => TEXTS[uiLang][key];

/** A feed text (`"…"` or `{ "de": "…", "en": "…" }`) in the configurator's language. */
function feedText(text, fallback) {
  if (typeof text === 'string') return text;
  if (!text) return '';
  return text[uiLang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/** A folder address ends in `/`, so the language folders resolve below it. */
const withSlash = url => (url && !url.endsWith('/') ? `${url}/` : url);

/** Reads the form into the settings the snippet encodes. */
export function readConfig() {
  const data = new FormData(form);
  const value = name => String(data.get(name) ?? '').trim();
  return {
    widget: value('widget') || 'welcome-point-finder',
    district: value('district'),
    category: value('category'),
    audience: value('audience'),
    lang: value('lang'),
    languageSwitcher: data.has('language-switcher'),
    view: value('view'),
    groupBy: value('group-by'),
    upcoming: data.has('upcoming'),
    filters: data.has('filters'),
    useColours: data.has('use-colours'),
    accent: value('accent') || DEFAULTS.accent,
    onAccent: value('on-accent') || DEFAULTS['on-accent'],
    feedUrl: value('feed-url'),
    bundleUrl: value('bundle-url'),
    fallbackUrl: value('fallback-url'),
    staticBase: withSlash(value('static-base')),
    // The link is read on the editor's page: in the widget's language where we have it, else in ours.
    fallbackText: (TEXTS[value('lang')] ?? TEXTS[value('lang').split('-')[0]] ?? TEXTS[uiLang]).fallbackText[tagsOf(value('widget'))[0]],
  };
}

/** A ratio as the configurator's language writes it: "4,47" or "4.47". */
const number = (value, digits = 2) => value.toFixed(digits).replace(/\.?0+$/, '').replace('.', uiLang === 'de' ? ',' : '.');

/** Problems an editor must fix before the snippet does what they want. */
export function warningsOf(config) {
  const warnings = [];
  if (config.district && feedInfo && !feedInfo.districts.some(d => d.id === config.district)) {
    const needle = config.district.toLowerCase();
    const meant = feedInfo.districts.find(d =>
      feedText(d.name, feedInfo.defaultLanguage).toLowerCase() === needle || (d.quarters ?? []).some(q => feedText(q.name).toLowerCase() === needle));
    warnings.push({
      field: 'district',
      text: meant ? t('districtMeant')(config.district, meant.id) : t('unknownDistrict')(config.district, feedInfo.districts.map(d => d.id).join(', ')),
    });
  }
  for (const result of contrastOf(config).filter(result => !result.ok)) {
    const name = token => t('tokens')[token] ?? token;
    warnings.push({ field: 'contrast', text: t('lowContrast')(name(result.foreground), name(result.background), number(result.ratio), number(result.required)) });
  }
  if (config.feedUrl && !fallbackHref(config)) warnings.push({ field: 'fallback', text: t('fallbackMissing') });
  return warnings;
}

function option(value, label) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

/** Fills districts, categories and audiences from the feed, keeping the current choice. */
function fillChoices() {
  const districtList = $('district-options');
  districtList.replaceChildren();
  const category = /** @type {HTMLSelectElement} */ ($('category'));
  const chosenCategory = category.value;
  category.replaceChildren(option('', t('any')));
  if (feedInfo) {
    for (const district of feedInfo.districts) {
      const quarters = (district.quarters ?? []).map(q => feedText(q.name)).join(', ');
      districtList.append(option(district.id, `${feedText(district.name, feedInfo.defaultLanguage)}${quarters ? ` (${quarters})` : ''}`));
    }
    for (const item of feedInfo.categories) category.append(option(item.id, feedText(item.label, feedInfo.defaultLanguage)));
  }
  category.value = chosenCategory;
  const audience = /** @type {HTMLSelectElement} */ ($('audience'));
  const chosenAudience = audience.value;
  audience.replaceChildren(option('', t('any')), ...AUDIENCES.map(id => option(id, t('audiences')[id] ?? id)));
  audience.value = chosenAudience;
}

function fillViews(widget) {
  const view = /** @type {HTMLSelectElement} */ ($('view'));
  const tag = tagsOf(widget)[0];
  // The last widget's default is no choice of the editor's: the new widget starts at its own.
  const chosen = view.value === DEFAULTS.view[view.dataset.widget] ? DEFAULTS.view[tag] : view.value;
  view.dataset.widget = tag;
  view.replaceChildren(...(VIEWS[tag] ?? []).map(([value, key]) => option(value, t(key))));
  if ([...view.options].some(o => o.value === chosen)) view.value = chosen;
}

async function loadFeedInfo(url) {
  if (url === feedLoadedFrom) return;
  feedLoadedFrom = url;
  feedInfo = null;
  feedCheck = url ? { state: 'checking' } : null;
  showStatus('feed');
  if (url) {
    const result = await checkFeed(url);
    if (url !== feedLoadedFrom) return; // the address changed while we checked
    feedCheck = result;
    const feed = result.feed;
    if (feed) {
      feedInfo = {
        districts: Array.isArray(feed.districts) ? feed.districts : [],
        categories: Array.isArray(feed.categories) ? feed.categories : [],
        defaultLanguage: feed.meta?.defaultLanguage ?? 'de',
        points: Array.isArray(feed.welcomePoints) ? feed.welcomePoints.length : 0,
        offers: Array.isArray(feed.offers) ? feed.offers.length : 0,
      };
    }
  }
  showStatus('feed');
  fillChoices();
  update();
}

async function checkBundleAddress(url) {
  if (url === bundleCheckedFrom) return;
  bundleCheckedFrom = url;
  bundleCheck = url ? { state: 'checking' } : null;
  showStatus('bundle');
  if (!url) return;
  const result = await checkBundle(url);
  if (url !== bundleCheckedFrom) return;
  bundleCheck = result;
  showStatus('bundle');
}

/** Says what a check found ('feed' or 'bundle'), with the exact header to add when partner sites cannot read it. */
function showStatus(what) {
  const check = what === 'feed' ? feedCheck : bundleCheck;
  const status = $(`${what}-status`);
  const state = check?.state;
  const problem = state && state !== 'ok' && state !== 'checking';
  $(`${what}-url`).setAttribute('aria-invalid', String(Boolean(problem)));
  status.className = `feed-status${problem ? ' warning' : ''}`;
  if (!state) return status.replaceChildren();
  const paragraph = text => Object.assign(document.createElement('p'), { textContent: text });
  if (state === 'cors' || state === 'same-origin-only') {
    const code = Object.assign(document.createElement('code'), { textContent: CORS_HEADER });
    return status.replaceChildren(paragraph(t(`${what}${state === 'cors' ? 'Cors' : 'SameOriginOnly'}`)), code);
  }
  const text = {
    checking: () => t('checking'),
    ok: () => (what === 'feed' ? t('feedOk')(feedInfo?.points ?? 0, feedInfo?.offers ?? 0) : t('bundleOk')),
    http: () => t(`${what}Http`)(check?.status),
    unreachable: () => t(`${what}Unreachable`),
    invalid: () => t('feedInvalid'),
  }[state];
  status.replaceChildren(paragraph(text()));
}

let lastPreview = '';
function renderPreview(typed) {
  // The preview loads the feed only once its address is entered and checked (not per keystroke),
  // and only when it can be read: otherwise the message under the address says what to fix.
  const readable = feedCheck?.state === 'ok' || feedCheck?.state === 'same-origin-only';
  const config = { ...typed, feedUrl: readable ? feedLoadedFrom : '' };
  if (!config.feedUrl) {
    lastPreview = '';
    return $('preview').replaceChildren();
  }
  // Rebuild only when something the visitor would see changed (typing in a URL field re-renders once).
  const tags = tagsOf(config.widget);
  const key = JSON.stringify([tags.map(tag => attributesOf(config, tag)), themeOf(config)]);
  if (key === lastPreview) return;
  lastPreview = key;
  $('preview').replaceChildren(...tags.map(tag => {
    const element = document.createElement(tag);
    for (const [name, value] of attributesOf(config, tag)) element.setAttribute(name, value);
    // CSSOM, not a style attribute: allowed under style-src 'self'.
    for (const [name, value] of themeOf(config)) element.style.setProperty(name, value);
    return element;
  }));
}

/** The contrast table under the colours: every pair with its ratio and, in words, whether it passes. */
function showContrast(config) {
  const table = $('contrast');
  const results = contrastOf(config);
  table.hidden = !results.length;
  const cell = (tag, text) => Object.assign(document.createElement(tag), { textContent: text });
  const name = token => t('tokens')[token] ?? token;
  const head = document.createElement('tr');
  head.append(...['contrastForeground', 'contrastBackground', 'contrastRatio', 'contrastResult'].map(key => Object.assign(cell('th', t(key)), { scope: 'col' })));
  const rows = results.map(result => {
    const row = document.createElement('tr');
    row.className = result.ok ? 'contrast--ok' : 'contrast--fail';
    row.dataset.pair = `${result.foreground}/${result.background}`;
    row.append(
      cell('td', name(result.foreground)),
      cell('td', name(result.background)),
      cell('td', `${number(result.ratio)} : 1`),
      cell('td', t(result.ok ? 'contrastPass' : 'contrastFail')(number(result.required))),
    );
    return row;
  });
  table.replaceChildren(cell('caption', t('contrastCaption')), Object.assign(document.createElement('thead'), {}), document.createElement('tbody'));
  table.tHead.append(head);
  table.tBodies[0].append(...rows);
}

function showWarnings(warnings) {
  // One warning per failing pair: the field shows them all, one per line.
  const byField = new Map();
  for (const w of warnings) byField.set(w.field, byField.has(w.field) ? `${byField.get(w.field)}\n${w.text}` : w.text);
  for (const [field, id, input] of [['district', 'district-warning', 'district'], ['contrast', 'contrast-warning', 'accent']]) {
    const target = $(id);
    target.hidden = !byField.has(field);
    target.textContent = byField.get(field) ?? '';
    $(input).setAttribute('aria-invalid', String(byField.has(field)));
  }
  // The summary next to the snippet is a live region: the editor hears what to fix.
  $('warnings').replaceChildren(...warnings.map(w => {
    const p = document.createElement('p');
    p.className = 'warning';
    p.textContent = w.text;
    return p;
  }));
}

function update() {
  const config = readConfig();
  const tags = tagsOf(config.widget);
  for (const field of form.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').some(tag => tags.includes(tag));
  $('accent').disabled = $('on-accent').disabled = !config.useColours;
  renderPreview(config);
  const snippet = snippetOf(config);
  const refused = config.bundleUrl && config.feedUrl && !snippet;
  $('snippet').textContent = snippet || t(refused ? 'fixColours' : 'needAddresses');
  $('copy').disabled = !snippet;
  showContrast(config);
  showWarnings(warningsOf(config));
  $('copied').textContent = '';
}

function applyUiLanguage(lang) {
  uiLang = lang;
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === lang));
  fillChoices();
  fillViews(readConfig().widget);
  showStatus('feed');
  showStatus('bundle');
  update();
}

async function copySnippet() {
  const text = $('snippet').textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    $('copied').textContent = t('copied');
  } catch {
    // No clipboard permission (an old browser, an iframe): select the code for Ctrl+C instead.
    getSelection()?.selectAllChildren($('snippet'));
    $('copied').textContent = t('copyFailed');
  }
}

function start() {
  // No default addresses: a snippet pointing at this demo server would break on the partner's
  // site. Trying the demo is one click away (not in the release archive, which has no sample feed).
  $('use-demo')?.addEventListener('click', () => {
    $('bundle-url').value = new URL('../dist/welcome-widgets.js', location.href).href;
    $('feed-url').value = new URL('data/duesseldorf.json', location.href).href;
    $('fallback-url').value = new URL('partner.html', location.href).href;
    // `npm start` serves the sample feed's static edition there
    $('static-base').value = new URL('../static/', location.href).href;
    void loadFeedInfo(readConfig().feedUrl);
    void checkBundleAddress(readConfig().bundleUrl);
    update();
  });
  form.addEventListener('input', () => update());
  form.addEventListener('change', event => {
    if (event.target.name === 'widget') fillViews(readConfig().widget);
    if (event.target.name === 'feed-url') void loadFeedInfo(readConfig().feedUrl);
    if (event.target.name === 'bundle-url') void checkBundleAddress(readConfig().bundleUrl);
    update();
  });
  form.addEventListener('submit', event => event.preventDefault());
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.addEventListener('click', () => applyUiLanguage(button.dataset.uiLang));
  $('copy').addEventListener('click', () => void copySnippet());
  applyUiLanguage(uiLang);
}

start();
