// SPDX-License-Identifier: EUPL-1.2
/**
 * The review page for native speakers (demo/translations.html): every UI string of one locale
 * beside English and German, with where it appears and a live preview of that state. Reviewers
 * correct the translations in place and export their corrections as a file that
 * `npm run i18n:import-review <file>` merges into xliff/<locale>.xlf.
 *
 * Built with DOM methods only (no HTML strings), so it runs under the demo's strict CSP with
 * Trusted Types. Nothing is sent anywhere: the export is a download the reviewer sends us.
 */
import { placeholderHints, readUnits, targetProblem } from '../../scripts/i18n/xliff-text.mjs';
import { previewFor, whereItAppears } from './where.mjs';

export const LOCALES = [
  { tag: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl' },
  { tag: 'fa', name: 'فارسی', english: 'Persian (Farsi)', dir: 'rtl' },
  { tag: 'tr', name: 'Türkçe', english: 'Turkish', dir: 'ltr' },
  { tag: 'uk', name: 'Українська', english: 'Ukrainian', dir: 'ltr' },
  { tag: 'ru', name: 'Русский', english: 'Russian', dir: 'ltr' },
  { tag: 'de-x-ls', name: 'Leichte Sprache', english: 'Easy German', dir: 'ltr' },
  { tag: 'de', name: 'Deutsch', english: 'German', dir: 'ltr' },
];

/** `h('p', { className: 'x' }, 'text', child)`: an element with properties (or `attr:` attributes) and children. */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('attr:')) el.setAttribute(key.slice(5), value === true ? '' : value);
    else el[key] = value;
  }
  el.append(...children.flat().filter(child => child !== null && child !== undefined));
  return el;
}

async function fetchUnits(base, locale) {
  const response = await fetch(new URL(`${locale}.xlf`, base));
  if (!response.ok) throw new Error(`${locale}.xlf: HTTP ${response.status}`);
  return readUnits(await response.text());
}

/**
 * Mounts the review page into `root`.
 * @param {HTMLElement} root
 * @param {{ xliffBase: string | URL, feed: string, locale?: string }} options
 *   `xliffBase`: URL of the xliff/ folder; `feed`: feed URL for the previews.
 */
export async function mountReview(root, { xliffBase, feed, locale: initial = LOCALES[0].tag }) {
  const base = new URL(xliffBase, document.baseURI);
  const german = new Map((await fetchUnits(base, 'de')).map(unit => [unit.id, unit.target]));
  let locale = LOCALES.find(l => l.tag === initial) ?? LOCALES[0];
  let rows = [];

  const select = h('select', { id: 'review-locale' }, LOCALES.map(l => h('option', { value: l.tag, selected: l === locale, 'attr:lang': l.tag }, `${l.name} (${l.english})`)));
  const reviewer = h('input', { id: 'review-name', type: 'text', autocomplete: 'name' });
  const native = h('input', { id: 'review-native', type: 'checkbox' });
  const search = h('input', { id: 'review-search', type: 'search' });
  const onlyChanged = h('input', { id: 'review-changed', type: 'checkbox' });
  const comments = h('textarea', { id: 'review-comments', rows: 3 });
  const exportButton = h('button', { type: 'button', className: 'primary' }, 'Export my corrections');
  const exportStatus = h('p', { className: 'export-status', 'attr:role': 'status' });
  const previewTitle = h('h2', { id: 'preview-title', tabIndex: -1 }, 'Preview');
  const previewWhere = h('p', { className: 'preview-where' }, 'Choose “Show in preview” on a string to see its widget here, in your language.');
  const previewHost = h('div', { className: 'preview-host' });
  const list = h('ol', { className: 'units', 'attr:aria-labelledby': 'strings-title' });
  const count = h('p', { className: 'count', 'attr:aria-live': 'polite' });

  root.replaceChildren(
    h('section', { className: 'settings', 'attr:aria-labelledby': 'settings-title' },
      h('h2', { id: 'settings-title' }, 'Your language'),
      h('div', { className: 'fields' },
        h('p', {}, h('label', { htmlFor: 'review-locale' }, 'Language to review'), select),
        h('p', {}, h('label', { htmlFor: 'review-name' }, 'Your name (shown in the project’s list of reviewers)'), reviewer),
        h('p', { className: 'check' }, native, h('label', { htmlFor: 'review-native' }, 'This is my first language'))),
    ),
    h('section', { className: 'preview', 'attr:aria-labelledby': 'preview-title' }, previewTitle, previewWhere, previewHost),
    h('section', { className: 'strings', 'attr:aria-labelledby': 'strings-title' },
      h('h2', { id: 'strings-title' }, 'Strings'),
      h('div', { className: 'fields' },
        h('p', {}, h('label', { htmlFor: 'review-search' }, 'Find a string (English, German, your language or id)'), search),
        h('p', { className: 'check' }, onlyChanged, h('label', { htmlFor: 'review-changed' }, 'Show only the strings I changed'))),
      count,
      list),
    h('section', { className: 'export', 'attr:aria-labelledby': 'export-title' },
      h('h2', { id: 'export-title' }, 'Send your corrections'),
      h('p', {}, 'The file contains only the strings you changed, your name and your comments. Nothing leaves this page until you send the file to the project (by e-mail or in an issue).'),
      h('p', {}, h('label', { htmlFor: 'review-comments' }, 'Comments for the translators (optional)'), comments),
      exportButton,
      exportStatus),
  );

  /** One list item per unit: id, where, English, German, the editable translation. */
  function renderRow(unit, index) {
    const where = whereItAppears(unit.id, unit.note);
    const field = `review-unit-${index}`;
    const textarea = h('textarea', { id: field, rows: 2, value: unit.target, 'attr:lang': locale.tag, 'attr:dir': locale.dir, 'attr:aria-describedby': `${field}-problem ${field}-hints` });
    const problem = h('p', { id: `${field}-problem`, className: 'problem' });
    const hints = placeholderHints(unit.sourceXml);
    const preview = previewFor(unit.id, feed);
    const item = h('li', { className: 'unit' },
      h('h3', {}, h('code', {}, unit.id)),
      h('p', { className: 'where' }, h('strong', {}, where.widget), ` — ${where.state}`),
      h('dl', {},
        h('dt', {}, 'English'), h('dd', { 'attr:lang': 'en' }, unit.source),
        locale.tag === 'de' ? null : [h('dt', {}, 'Deutsch'), h('dd', { 'attr:lang': 'de' }, german.get(unit.id) ?? '')]),
      h('label', { htmlFor: field }, `${locale.english}: ${locale.name}`),
      textarea,
      h('p', { id: `${field}-hints`, className: 'hints' }, hints.length ? `Keep ${hints.map(p => `${p.name} (${p.code})`).join(', ')}: the page puts a value there.` : ''),
      problem,
      preview ? h('button', { type: 'button', className: 'show' }, 'Show in preview') : h('p', { className: 'hints' }, 'No live preview: appears only when the connection or the data fails.'),
    );
    const row = { unit, item, textarea, problem, preview };
    textarea.addEventListener('input', () => validate(row));
    item.querySelector('button.show')?.addEventListener('click', () => showPreview(row, where));
    return row;
  }

  function validate(row) {
    const changed = row.textarea.value.trim() !== row.unit.target;
    const problem = changed ? targetProblem(row.unit.source, row.textarea.value) : '';
    row.problem.textContent = problem ? `Please check: ${problem}.` : '';
    row.textarea.toggleAttribute('aria-invalid', Boolean(problem));
    row.item.classList.toggle('changed', changed);
    return problem;
  }

  function showPreview(row, where) {
    const { tag, attributes } = row.preview;
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    widget.setAttribute('lang', locale.tag);
    previewWhere.textContent = `${where.widget} — ${where.state}. The preview shows the saved translation; your changes appear after they are imported.`;
    previewHost.replaceChildren(widget);
    if (row.preview.event) {
      // A stand-in for the sibling widget whose choice leads to this state.
      const [name, detail] = row.preview.event;
      const sibling = h('span', { hidden: true, 'attr:group': 'review-preview' });
      widget.setAttribute('group', 'review-preview');
      previewHost.append(sibling);
      sibling.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }
    previewTitle.focus();
  }

  function filter() {
    const query = search.value.trim().toLocaleLowerCase();
    let shown = 0;
    for (const row of rows) {
      const text = `${row.unit.id} ${row.unit.source} ${german.get(row.unit.id) ?? ''} ${row.textarea.value}`.toLocaleLowerCase();
      const visible = (!query || text.includes(query)) && (!onlyChanged.checked || row.item.classList.contains('changed'));
      row.item.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `Showing ${shown} of ${rows.length} strings.`;
  }

  async function load() {
    const units = await fetchUnits(base, locale.tag);
    rows = units.map(renderRow);
    list.replaceChildren(...rows.map(row => row.item));
    exportStatus.textContent = '';
    filter();
  }

  /** The review file `npm run i18n:import-review` reads. */
  function reviewFile() {
    return {
      format: 'welcome-widgets-review',
      version: 1,
      locale: locale.tag,
      reviewer: reviewer.value.trim(),
      native: native.checked,
      date: new Date().toISOString().slice(0, 10),
      comments: comments.value.trim(),
      units: rows
        .filter(row => row.item.classList.contains('changed'))
        .map(row => ({ id: row.unit.id, target: row.textarea.value.trim(), previous: row.unit.target, english: row.unit.source })),
    };
  }

  exportButton.addEventListener('click', () => {
    const invalid = rows.filter(row => validate(row));
    if (invalid.length) {
      exportStatus.textContent = `${invalid.length} string(s) need another look before export (see “Please check”).`;
      invalid[0].item.hidden = false;
      invalid[0].textarea.focus();
      return;
    }
    const file = reviewFile();
    if (!file.units.length && !file.comments) {
      exportStatus.textContent = 'Nothing to export yet: change a translation or write a comment.';
      return;
    }
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
    const link = h('a', { href: url, download: `review-${locale.tag}-${file.date}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    exportStatus.textContent = `Downloaded review-${locale.tag}-${file.date}.json with ${file.units.length} correction(s). Please send it to the project.`;
  });

  select.addEventListener('change', () => {
    const changed = rows.some(row => row.item.classList.contains('changed'));
    // Switching language discards unsent corrections; ask rather than lose a reviewer's work.
    if (changed && !window.confirm('Switch language? Your corrections in this language are not exported yet and will be lost.')) {
      select.value = locale.tag;
      return;
    }
    locale = LOCALES.find(l => l.tag === select.value) ?? locale;
    previewHost.replaceChildren();
    void load();
  });
  search.addEventListener('input', filter);
  onlyChanged.addEventListener('change', filter);

  await load();
  return { reviewFile };
}
