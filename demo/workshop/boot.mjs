// SPDX-License-Identifier: EUPL-1.2
/**
 * Starts the feed workshop, and says so on the page when its code cannot load: in a checkout
 * without `npm run build` (no dist/editor.js) the page otherwise kept saying "no files chosen
 * yet" whatever the editor chose.
 */
import('./workshop.mjs').catch(error => {
  console.error(error);
  const summary = document.getElementById('summary');
  const english = document.createElement('span');
  english.lang = 'en';
  english.textContent =
    ' The workshop could not load its code (dist/editor.js). In the project, run "npm run build" first; otherwise open the page from the release archive.';
  summary.replaceChildren(
    'Die Werkstatt konnte ihren Code nicht laden (dist/editor.js). Im Projekt zuerst „npm run build“ ausführen, sonst die Seite aus dem Release-Archiv öffnen.',
    english,
  );
  summary.setAttribute('role', 'alert');
});
