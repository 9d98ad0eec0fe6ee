// SPDX-License-Identifier: EUPL-1.2
/**
 * The theme contrast check on its own (`welcome-widgets/theme.js`, also in the index): no Lit and
 * no elements, so a configurator or a build script can load it beside the drop-in bundle. The
 * widgets warn with the same rules (`styles/theme-check.ts`); see docs/theming.md.
 */
export { checkTheme, completeTheme, contrastRatio, CONTRAST_PAIRS } from './styles/contrast.js';
export type { ColourToken, ContrastPair, ContrastResult, ThemeColours } from './styles/contrast.js';
