// SPDX-License-Identifier: EUPL-1.2
// Replaced by the build (rollup.config.mjs) with package.json's version, so the version is written
// once. Sources served unbuilt (tests, Storybook) have no build step and report "development".
declare const __WELCOME_WIDGETS_VERSION__: string | undefined;

/** The library version, shown in warnings when two copies meet on one page. */
export const version: string =
  typeof __WELCOME_WIDGETS_VERSION__ === 'string' ? __WELCOME_WIDGETS_VERSION__ : 'development';
