// SPDX-License-Identifier: EUPL-1.2
// The feed workshop page (demo/feed-workshop.html) as an editor uses it: choose files, read the
// messages, download, preview, check a published feed. Needs `npm run build` (the page runs
// dist/editor.js and dist/welcome-widgets.js, as it does when shipped).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../helpers/wait.js';

/** Built files, loaded at run time (they are not TypeScript sources). */
const load = (path: string): Promise<unknown> => import(path);
const $ = (id: string) => document.getElementById(id)!;
const summary = () => $('summary').textContent ?? '';

/** Picks files the way the file dialog does. */
function choose(...files: File[]) {
  const input = $('files') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function exportedCsv(): Promise<Map<string, string>> {
  const editor = (await load('/dist/editor.js')) as {
    validateFeed(raw: unknown): { feed: unknown };
    exportCsv(feed: unknown, options?: object): Map<string, string>;
  };
  const raw: unknown = await (await fetch('/demo/data/duesseldorf.json')).json();
  return editor.exportCsv(editor.validateFeed(raw).feed, { delimiter: ';', bom: true });
}

describe('feed workshop page', () => {
  before(async () => {
    const html = await (await fetch('/demo/feed-workshop.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const href of ['/demo/demo.css', '/demo/workshop/workshop.css']) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
    }
    document.body.append(page.querySelector('main')!);
    await load('/dist/welcome-widgets.js');
    await load('/demo/workshop/workshop.mjs');
  });

  it('starts in German, keyboard-reachable and axe-clean', async () => {
    expect(document.querySelector('h1')!.textContent).to.equal('Feed-Werkstatt');
    expect(summary()).to.equal('Noch keine Dateien gewählt.');
    const input = $('files') as HTMLInputElement;
    input.focus();
    expect(document.activeElement).to.equal(input);
    expect(input.labels![0].textContent).to.contain('CSV-Dateien');
    await expect($('workshop')).to.be.accessible();
  });

  it('lists problems of German-Excel CSVs with file, row, column and hint, and leaves the bad row out', async () => {
    const csv = await exportedCsv();
    const offers = csv.get('offers.csv')!.split('\r\n');
    expect(offers[1]).to.contain('Tu 09:30-12:30');
    offers[1] = offers[1].replace('Tu 09:30-12:30', 'Tu 25:00-26:00');
    const files = [...csv].map(([name, text]) => new File([name === 'offers.csv' ? offers.join('\r\n') : text], name));
    choose(...files);
    await waitUntil(() => summary().includes('Welcome Points'), 'the files are read');
    expect(summary()).to.match(/^1 Fehler, \d+ Hinweise\. Im Feed: 13 Welcome Points, 166 Angebote\.$/);
    const row = [...document.querySelectorAll<HTMLTableRowElement>('#problems tbody tr')].find(tr => tr.textContent.includes('25:00'))!;
    const cells = [...row.cells].map(cell => cell.innerText.trim());
    expect(cells.slice(0, 4)).to.deep.equal(['Fehler', 'offers.csv', '2', 'schedule']);
    expect(cells[4]).to.equal('schedule: "Tu 25:00-26:00": 25:00 ist keine Uhrzeit; Zeile nicht übernommen');
    expect(row.cells[4].lang).to.equal('de');
    // The English page says the same in English, and marks it so for screen readers.
    ($('workshop').querySelector('[data-ui-lang="en"]') as HTMLButtonElement).click();
    const english = [...document.querySelectorAll<HTMLTableRowElement>('#problems tbody tr')].find(tr => tr.textContent.includes('25:00'))!;
    expect(english.cells[4].innerText.trim()).to.equal('schedule "Tu 25:00-26:00": 25:00 is not a time; row left out');
    expect(english.cells[4].lang).to.equal('en');
    ($('workshop').querySelector('[data-ui-lang="de"]') as HTMLButtonElement).click();
    // Lint's notes on the imported rows point into the spreadsheets too, not into a feed.json the editor never saw.
    const notes = [...document.querySelectorAll<HTMLTableRowElement>('#problems tbody tr')].filter(tr => tr.cells[0].innerText.trim() === 'Hinweis');
    expect(notes.length).to.be.greaterThan(0);
    for (const note of notes) expect(note.cells[1].innerText.trim()).to.match(/\.csv$/);
    const stale = notes.find(tr => tr.cells[4].innerText.includes('zuletzt geprüft'))!;
    const [file, staleRow, column] = [...stale.cells].slice(1, 4).map(cell => cell.innerText.trim());
    expect([file, column]).to.deep.equal(['welcome-points.csv', 'lastVerified']);
    // That row of the spreadsheet (the header is row 1) ends with the date the note names.
    const line = csv.get('welcome-points.csv')!.replace(/^\uFEFF/, '').split('\r\n')[Number(staleRow) - 1];
    expect(stale.cells[4].innerText).to.contain(`zuletzt geprüft am ${line.slice(line.lastIndexOf(';') + 1)},`);
    // The sample declares its region's public holidays (meta.holidays), so no holiday warning is due.
    const hinted = [...document.querySelectorAll<HTMLTableRowElement>('#problems tbody tr')].find(tr => tr.textContent.includes('public holiday'));
    expect(hinted === undefined).to.equal(true);
    await expect($('workshop')).to.be.accessible();
  });

  it('reads a feed JSON: downloads for the feed and the CSVs, and the three widgets preview it', async () => {
    const text = await (await fetch('/demo/data/duesseldorf.json')).text();
    choose(new File([text], 'duesseldorf.json', { type: 'application/json' }));
    await waitUntil(() => summary().includes('167 Angebote'), 'the feed is read');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('#downloads a')];
    expect(links.map(a => a.download)).to.include.members(['feed.json', 'offers.csv', 'welcome-points.csv', 'meta.csv']);
    const feed = (await (await fetch(links[0].href)).json()) as { offers: unknown[] };
    expect(feed.offers).to.have.length(167);
    // German Excel splits a double-clicked CSV at ";": the page's default; "," on request.
    const offersHeader = async () => (await (await fetch($('downloads').querySelector<HTMLAnchorElement>('a[download="offers.csv"]')!.href)).text()).replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(await offersHeader()).to.match(/^id;welcomePointId;/);
    const delimiter = $('delimiter') as HTMLSelectElement;
    delimiter.value = ',';
    delimiter.dispatchEvent(new Event('change'));
    expect(await offersHeader()).to.match(/^id,welcomePointId,/);
    expect($('preview').hidden).to.equal(false);
    const finder = document.querySelector('#preview welcome-point-finder')!;
    const list = document.querySelector('#preview offer-list')!;
    await waitUntil(() => finder.shadowRoot?.querySelector('[part~="card"]') && list.shadowRoot?.querySelector('[part~="item"]'), 'finder and list render the feed');
    await expect($('workshop')).to.be.accessible();
    // The coordinator checks the Arabic texts, from right to left.
    const language = $('preview-lang') as HTMLSelectElement;
    language.value = 'ar';
    language.dispatchEvent(new Event('change'));
    const firstOffer = () => list.shadowRoot!.querySelector<HTMLElement>('[part~="item"]')!;
    await waitUntil(() => /[\u0600-\u06FF]/.test(firstOffer().innerText), 'the offer list never spoke Arabic');
    await waitUntil(() => getComputedStyle(firstOffer()).direction === 'rtl', 'the Arabic list runs left to right');
    await expect($('workshop')).to.be.accessible();
    // The page's language sets the preview's too, and the menu says so.
    document.querySelector<HTMLButtonElement>('[data-ui-lang="de"]')!.click();
    await waitUntil(() => getComputedStyle(firstOffer()).direction === 'ltr', 'the preview stayed Arabic');
    expect(language.value).to.equal('de');
  });

  it('on a 360 px phone, lists each problem as labelled lines the message can use the whole width of', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      choose(new File([await (await fetch('/test/fixtures/partial.json')).text()], 'partial.json'));
      await waitUntil(() => summary().includes('Im Feed: 3 Welcome Points'), 'the feed is read');
      const scroller = $('problems').parentElement!;
      expect(scroller.scrollWidth, 'no sideways scrolling').to.be.at.most(scroller.clientWidth);
      const row = [...document.querySelectorAll<HTMLTableRowElement>('#problems tbody tr')].find(tr => tr.textContent.includes('title: fehlt'))!;
      const [, file, line, , message, hint] = [...row.cells];
      expect(message.getBoundingClientRect().width, 'the message spans the row').to.be.above(row.getBoundingClientRect().width * 0.8);
      expect(file.innerText.trim()).to.equal('Datei: partial.json');
      expect(line.innerText.trim()).to.equal('Zeile: 195');
      expect(hint.innerText.trim()).to.match(/^Was tun: tragen Sie den Wert ein/);
      await expect($('workshop')).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says where a JSON file is broken', async () => {
    choose(new File(['{\n  "version": 1,\n}'], 'broken.json'));
    await waitUntil(() => summary().includes('broken.json'));
    expect(summary()).to.match(/^Die Dateien konnten nicht gelesen werden: broken\.json: /);
    // Where the engine's JSON error has a position (Chromium, Firefox), it becomes line and column; WebKit's has none.
    if (/position|line/.test(summary())) expect(summary()).to.match(/line 3,? column 1/);
  });

  it('switches to English', async () => {
    ($('workshop').querySelector('[data-ui-lang="en"]') as HTMLButtonElement).click();
    expect(document.querySelector('h1')!.textContent).to.equal('Feed workshop');
    expect($('workshop').querySelector('[data-ui-lang="en"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(summary()).to.match(/^The files could not be read: broken\.json/);
    await expect($('workshop')).to.be.accessible();
  });

  it('refuses a feed and spreadsheets chosen together rather than checking one and ignoring the other', async () => {
    const csv = await exportedCsv();
    choose(new File([await (await fetch('/demo/data/duesseldorf.json')).text()], 'feed.json'), new File([csv.get('offers.csv')!], 'offers.csv'));
    await waitUntil(() => summary().includes('feed.json'), 'no message for the two kinds of file');
    expect(summary()).to.contain('Choose either the feed file (JSON) or the CSV files.');
    expect(summary()).not.to.contain('No messages');
  });

  describe('checking a published feed', () => {
    async function check(url: string) {
      const output = $('cors-result');
      output.textContent = '';
      ($('cors-url') as HTMLInputElement).value = url;
      ($('cors-form') as HTMLFormElement).requestSubmit();
      // The page sets it with the answer (in any language), not while checking.
      await waitUntil(() => output.dataset.ok, 'the check ends');
      return output.textContent;
    }

    it('a reachable feed on a site that allows it', async () => {
      expect(await check(new URL('/__test/cors/demo/data/duesseldorf.json', location.href).href)).to.equal('Fine: other websites can load the feed (13 Welcome Points, 167 offers).');
      await expect($('workshop')).to.be.accessible();
    });

    it('a feed readable on its own site only (no Access-Control-Allow-Origin)', async () => {
      expect(await check(new URL('/demo/data/duesseldorf.json', location.href).href)).to.match(/^The feed can be read \(13 Welcome Points, 167 offers\), but only on this website/);
    });

    it('a server that does not allow other sites (no Access-Control-Allow-Origin)', async () => {
      const other = new URL('/demo/data/duesseldorf.json', location.href);
      other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      expect(await check(other.href)).to.contain('Access-Control-Allow-Origin: *');
    });

    it('a file that is no feed, said in the page\'s language', async () => {
      const css = new URL('/demo/demo.css', location.href).href;
      expect(await check(css)).to.equal('The file is not a Welcome feed: not JSON, or not format version 1.');
      document.querySelector<HTMLButtonElement>('[data-ui-lang="de"]')!.click();
      try {
        expect(await check(css)).to.equal('Die Datei ist kein Welcome-Feed: kein JSON, oder nicht Format-Version 1.');
      } finally {
        document.querySelector<HTMLButtonElement>('[data-ui-lang="en"]')!.click();
      }
    });

    it('an error status, no server, not an address', async () => {
      expect(await check(new URL('/__test/status/404', location.href).href)).to.equal('The server answers with error 404. Is the address right?');
      expect(await check('http://127.0.0.1:9/feed.json')).to.match(/^The server cannot be reached/);
      expect(await check('feed.json')).to.match(/^That is not a complete address/);
      await expect($('workshop')).to.be.accessible();
    });
  });
});
