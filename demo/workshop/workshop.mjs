// SPDX-License-Identifier: EUPL-1.2
/**
 * The feed workshop: the editors' toolkit (dist/editor.js, the same code as the welcome-feed
 * CLI) in the browser, for editors who cannot install anything. Files are read with the File
 * API and never leave the computer; downloads are made from blobs.
 */
import * as editor from '../../dist/editor.js';
import { checkFeedUrl } from './check-url.mjs';
import { TEXTS } from './texts.mjs';

let uiLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
const t = key => TEXTS[uiLang][key];
const $ = id => document.getElementById(id);
/** The last result, so a language switch can re-render it. */
let last;
const blobUrls = [];

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.filter(child => child !== undefined && child !== null));
  return node;
}

/** The same text for both page languages: what the browser's JSON parser says exists only in English. */
const both = text => ({ en: text, de: text });

/**
 * Reads dropped or chosen files into a feed and its problems. A `.json` file is a feed (linted);
 * otherwise the CSVs are imported, then the result linted for the editorial warnings. `fatal`
 * (nothing could be read) is in both page languages, so switching language keeps it.
 * @param {{ name: string, bytes: Uint8Array }[]} files
 */
export function processFiles(files) {
  const json = files.find(file => /\.json$/i.test(file.name));
  // Which should count, the feed or the spreadsheets? Reading one and ignoring the other silently
  // reported "no problems" for CSVs nobody had checked.
  if (json && files.length > 1) return { fatal: { en: TEXTS.en.mixed(json.name, files.length - 1), de: TEXTS.de.mixed(json.name, files.length - 1) } };
  if (json) {
    const decoded = editor.decodeText(json.bytes);
    if (!decoded.ok) return { fatal: { en: `${json.name} ${decoded.error.en}`, de: `${json.name} ${decoded.error.de}` } };
    let raw;
    try {
      raw = JSON.parse(decoded.text);
    } catch (error) {
      return { fatal: both(`${json.name}: ${editor.describeJsonError(error, decoded.text)}`) };
    }
    try {
      const { feed } = editor.validateFeed(raw);
      const lines = editor.lineIndex(decoded.text);
      const { problems } = editor.lintFeed(raw, {}, json.name);
      for (const problem of problems) problem.row = lines(problem.path);
      return { feed, problems };
    } catch (error) {
      return { fatal: { en: `${json.name}: ${error.message}`, de: `${json.name}: ${editor.validationInGerman(error.message) ?? error.message}` } };
    }
  }
  // Lint's warnings too, each at its spreadsheet cell.
  const result = editor.importCsv(files, { lint: {} });
  if (result.fatal) return { fatal: { en: result.fatal, de: result.fatalDe ?? result.fatal } };
  return { feed: result.feed, problems: result.problems };
}

function renderProblems({ feed, problems, fatal }) {
  const status = $('summary');
  const table = $('problems');
  table.hidden = true;
  if (fatal) {
    status.textContent = t('fatal')(fatal[uiLang]);
    return;
  }
  const errors = problems.filter(p => p.severity === 'error').length;
  status.textContent = `${t('summary')(errors, problems.length - errors, feed.welcomePoints.length, feed.offers.length)}${problems.length ? '' : ` ${t('noProblems')}`}`;
  if (!problems.length) return;
  const body = table.tBodies[0];
  // In the phone layout (workshop.css) each problem is a block of lines, each named by its column
  // (for the eye: screen readers announce the column headers).
  const cell = (key, value, attributes = {}) =>
    element('td', { role: 'cell', ...attributes }, ...(value && key ? [element('span', { class: 'cell-label', 'aria-hidden': 'true', lang: uiLang }, `${t(key).replace(/\?$/, '')}: `)] : []), value);
  body.replaceChildren(
    ...problems.map(problem => {
      // German where the toolkit has it (nearly always); otherwise the English, marked as such.
      const said = uiLang === 'de' && problem.de ? { ...problem.de, lang: 'de' } : { message: problem.message, hint: problem.hint, lang: 'en' };
      return element(
        'tr',
        { class: problem.severity, role: 'row' },
        cell(null, t(problem.severity)),
        cell('file', problem.file),
        cell('row', problem.row ? String(problem.row) : ''),
        cell('column', problem.column ?? ''),
        cell(null, said.message, { lang: said.lang }),
        cell('hint', said.hint ?? '', { lang: said.lang }),
      );
    }),
  );
  table.hidden = false;
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  blobUrls.push(url);
  return element('a', { href: url, download: name }, name);
}

function renderDownloads(feed) {
  for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
  const list = $('downloads');
  if (!feed) {
    list.replaceChildren();
    return;
  }
  // German Excel opens a double-clicked CSV with its list separator, `;`: with commas every row lands in column A.
  const csv = editor.exportCsv(feed, { bom: true, delimiter: $('delimiter').value });
  list.replaceChildren(
    element('li', {}, download('feed.json', `${JSON.stringify(feed, null, 2)}\n`, 'application/json')),
    element(
      'li',
      {},
      t('downloadCsv'),
      element('ul', {}, ...[...csv].map(([name, text]) => element('li', {}, download(name, text, name.endsWith('.csv') ? 'text/csv' : 'application/geo+json')))),
    ),
  );
}

function renderPreview(feed) {
  $('preview').hidden = !feed;
  // The widgets take a parsed feed through their `feed` property: no URL, no upload.
  for (const widget of document.querySelectorAll('#preview welcome-point-finder, #preview offer-list, #preview district-map')) {
    if (feed) widget.feed = feed;
  }
}

function render() {
  if (!last) {
    $('summary').textContent = t('nothingYet');
    return;
  }
  renderProblems(last);
  renderDownloads(last.feed);
  renderPreview(last.feed);
}

/** @param {FileList | File[]} fileList */
export async function openFiles(fileList) {
  const files = await Promise.all([...fileList].map(async file => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  if (!files.length) return;
  last = processFiles(files);
  render();
}

async function runUrlCheck(event) {
  event.preventDefault();
  const output = $('cors-result');
  output.textContent = t('checking');
  delete output.dataset.ok; // no colour of the last answer while checking
  const result = await checkFeedUrl($('cors-url').value, { validateFeed: editor.validateFeed });
  const texts = t('cors');
  const message = typeof texts[result.key] === 'function' ? texts[result.key](...(result.args ?? [])) : texts[result.key];
  output.textContent = message;
  output.dataset.ok = String(result.ok);
}

function applyUiLanguage(lang) {
  uiLang = lang;
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === lang));
  setPreviewLanguage(lang);
  render();
}

/** The preview's widgets speak `lang`: the page's language, until the preview's own menu says otherwise. */
function setPreviewLanguage(lang) {
  $('preview-lang').value = lang;
  for (const widget of $('preview').children) widget.lang = lang;
}

/** Wires the page up; exported for the browser tests, which load the page's markup first. */
export function init() {
  const input = $('files');
  input.addEventListener('change', () => void openFiles(input.files ?? []));
  const zone = $('drop-zone');
  zone.addEventListener('dragover', event => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('dragging');
    void openFiles(event.dataTransfer?.files ?? []);
  });
  $('cors-form').addEventListener('submit', event => void runUrlCheck(event));
  $('delimiter').addEventListener('change', () => renderDownloads(last?.feed));
  $('preview-lang').addEventListener('change', event => setPreviewLanguage(event.target.value));
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.addEventListener('click', () => applyUiLanguage(button.dataset.uiLang));
  applyUiLanguage(uiLang);
}

if ($('workshop')) init();
