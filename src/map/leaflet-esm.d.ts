// SPDX-License-Identifier: EUPL-1.2
// Leaflet 1.9 publishes its ES module build only by path (package.json has just a UMD `main`);
// these are the same declarations as `@types/leaflet`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
