// SPDX-License-Identifier: EUPL-1.2
/**
 * From the configurator's settings to what it hands out: each element's attributes, the colour
 * rule and the exact snippet. Pure functions of the settings (readConfig in configurator.mjs).
 */
// The widgets' own contrast rules (side-effect free, no Lit), so the page and the widgets agree.
import { checkTheme, completeTheme } from '../../dist/theme.js';

export const VIEWS = {
  'welcome-point-finder': [['list', 'viewList'], ['map', 'viewMap'], ['both', 'viewBoth']],
  'district-map': [['map', 'viewMap'], ['list', 'viewList']],
};
/** The first view is each widget's default and so stays out of the snippet. */
export const DEFAULTS = { view: { 'welcome-point-finder': 'list', 'district-map': 'map' }, 'group-by': 'category', accent: '#0a5fa8', 'on-accent': '#ffffff' };
/** The class the colour rule in the snippet targets. */
export const THEME_CLASS = 'welcome-theme';

/**
 * The elements of a choice: one widget, or a map with the offer list linked to it
 * (`"district-map offer-list"`: a district or point chosen on the map filters the list).
 */
export const tagsOf = widget => (widget || 'welcome-point-finder').split(' ');

/** The name that links the elements of a combined choice (`group`), after its district when there is one. */
const groupOf = config => (config.district ? `district-${config.district}` : 'welcome-points');

/**
 * One element's attributes, in the order an editor reads them; only what differs from the
 * defaults. `tag` is one of the choice's elements (the first by default).
 */
export function attributesOf(config, tag = tagsOf(config.widget)[0]) {
  const tags = tagsOf(config.widget);
  const attributes = [['src', config.feedUrl]];
  const add = (name, value) => value && attributes.push([name, value === true ? '' : value]);
  if (tags.length > 1) add('group', groupOf(config));
  add('district', config.district);
  // The map shows every Welcome Point; the topic and audience narrow the list beside it.
  if (tag !== 'district-map' || tags.length === 1) {
    add('category', config.category);
    add('audience', config.audience);
  }
  add('lang', config.lang);
  // One language menu serves every widget on the page: on the first element.
  if (tag === tags[0]) add('language-switcher', config.languageSwitcher);
  if (VIEWS[tag] && config.view && config.view !== DEFAULTS.view[tag]) add('view', config.view);
  if (tag === 'offer-list') {
    if (config.groupBy && config.groupBy !== DEFAULTS['group-by']) add('group-by', config.groupBy);
    if (config.upcoming) add('upcoming', '7');
    add('filters', config.filters);
  }
  // point cards get a "Share" action and a printed QR code of their static page
  if (tag === 'welcome-point-finder') add('static-base', config.staticBase);
  if (config.useColours) add('class', THEME_CLASS);
  return attributes;
}

/**
 * The colour tokens of the choice, with the colours that depend on the accent (tint, accent as
 * text, focus ring) filled in by `completeTheme`, so the snippet works the same in every browser.
 */
function colourTheme(config) {
  return config.useColours ? completeTheme({ accent: config.accent, 'on-accent': config.onAccent }) : {};
}

/** The custom properties the colour choice sets. */
export function themeOf(config) {
  return Object.entries(colourTheme(config)).map(([token, value]) => [`--welcome-color-${token}`, value]);
}

/** Every pair the widgets draw that involves a colour of the choice, with its contrast (`ok` false below WCAG AA). */
export function contrastOf(config) {
  const theme = colourTheme(config);
  return checkTheme(theme).filter(result => result.foreground in theme || result.background in theme);
}

const escapeAttribute = value => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The exact text to paste: script tag, optional colour rule, the elements, the first with the
 * fallback link (what visitors see where the script cannot run). Empty until both addresses are
 * known.
 */
export function snippetOf(config) {
  // A theme that fails WCAG AA is never handed out; the contrast table says what to change.
  if (!config.bundleUrl || !config.feedUrl || contrastOf(config).some(result => !result.ok)) return '';
  const lines = [`<script type="module" src="${escapeAttribute(config.bundleUrl)}"></script>`];
  const theme = themeOf(config);
  if (theme.length) {
    lines.push('<style>', `  .${THEME_CLASS} {`, ...theme.map(([name, value]) => `    ${name}: ${value};`), '  }', '</style>');
  }
  const href = fallbackHref(config);
  tagsOf(config.widget).forEach((tag, index) => {
    const attributes = attributesOf(config, tag)
      .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
      .join(' ');
    const fallback = href && index === 0 ? [`  <a href="${escapeAttribute(href)}">${config.fallbackText}</a>`] : [];
    lines.push(`<${tag} ${attributes}>`, ...fallback, `</${tag}>`);
  });
  return lines.join('\n');
}

/**
 * Where the fallback link points: the editor's own page, else the static edition (the widget's
 * language folder, or the language choice when the widget follows the page).
 */
export function fallbackHref(config) {
  if (config.fallbackUrl) return config.fallbackUrl;
  if (!config.staticBase) return '';
  return config.lang ? `${config.staticBase}${config.lang}/` : config.staticBase;
}

