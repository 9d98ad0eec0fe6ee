// SPDX-License-Identifier: EUPL-1.2
/**
 * Starts the feed workshop, and says so on the page when its code cannot load (in a checkout
 * without `npm run build`, or on a server missing dist/ or serving .mjs with the wrong type): the
 * page otherwise kept saying "no files chosen yet" whatever the editor chose.
 */
import('./workshop.mjs').catch(error => {
  console.error(error);
  const summary = document.getElementById('summary');
  const english = document.createElement('span');
  english.lang = 'en';
  english.textContent =
    ' The workshop could not load its code (dist/editor.js). On a web server: upload the whole release folder (dist/ beside demo/) and serve .js and .mjs files as JavaScript. In a copy of the project: run "npm run build" first.';
  summary.replaceChildren(
    'Die Werkstatt konnte ihren Code nicht laden (dist/editor.js). Auf einem Webserver: den ganzen Release-Ordner hochladen (dist/ neben demo/) und .js- und .mjs-Dateien als JavaScript ausliefern. In einer Kopie des Projekts: zuerst „npm run build“ ausführen.',
    english,
  );
  summary.setAttribute('role', 'alert');
});
