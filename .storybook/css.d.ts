// SPDX-License-Identifier: EUPL-1.2
// Vite imports stylesheets for their side effect (the preview's dark-scheme.css).
declare module '*.css';
