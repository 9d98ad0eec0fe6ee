// SPDX-License-Identifier: EUPL-1.2
// Minifies the markup and CSS inside html`` and css`` templates, for the build and for the browser
// tests alike (so tests run what pages get). Whitespace and comments in templates are about a
// tenth of each widget's code.
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defaultStrategy } from '@literals/html-css-minifier';

/**
 * lightningcss escapes characters for CSS (`a[href^=tel\:]`), but the result is written back into
 * a JS template literal, where `\:` cooks to a bare `:` and the selector breaks. Doubling the
 * backslashes keeps them; that is only right while our CSS sources contain none, so check that.
 */
const strategy = {
  ...defaultStrategy,
  minifyCSS(css, options) {
    if (css.includes('\\')) throw new Error('minify-templates: a css`` template contains a backslash; extend the escaping before allowing it');
    return defaultStrategy.minifyCSS(css, options).replaceAll('\\', '\\\\');
  },
};

/**
 * The Rollup plugin; `include` limits it to our sources. Runs of whitespace become one space, never
 * none: a template may begin or end with the space between two words (`${name} (Original: …)`).
 */
export const minifyTemplates = (include = ['src/**/*.ts']) =>
  literalsHtmlCssMinifier({ include, failOnError: true, options: { strategy, minifyOptions: { conservativeCollapse: true } } });
