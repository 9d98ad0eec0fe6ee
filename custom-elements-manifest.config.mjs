// SPDX-License-Identifier: EUPL-1.2
/**
 * Custom Elements Manifest analyzer settings (read by `npm run manifest`). One plugin: the
 * `--welcome-*` tokens all three elements share are documented once, as `@cssprop` tags in
 * src/styles/tokens.ts, and listed on every element, after the element's own properties (an
 * element's own description of a shared token wins). So README tables and Storybook docs show
 * them for each element, not only where someone repeated them.
 */
import { readFileSync } from 'node:fs';

/** `@cssprop [--name=default] - description` lines of a file's JSDoc. */
export function sharedTokens(source) {
  return [...source.matchAll(/^\s*\*\s*@cssprop(?:erty)?\s+\[(--[\w-]+)=([^\]]*)\]\s+-\s+(.+)$/gm)].map(([, name, value, description]) => ({
    name,
    default: value,
    description: description.trim(),
  }));
}

function sharedTokensPlugin() {
  return {
    name: 'welcome-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = sharedTokens(readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8'));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          const own = declaration.cssProperties ?? [];
          const known = new Set(own.map(property => property.name));
          declaration.cssProperties = [...own, ...tokens.filter(token => !known.has(token.name))];
        }
      }
    },
  };
}

export default {
  plugins: [sharedTokensPlugin()],
};
