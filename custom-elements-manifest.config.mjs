// SPDX-License-Identifier: EUPL-1.2
/**
 * Custom Elements Manifest analyzer settings (read by `npm run manifest`). One plugin: the
 * `--welcome-*` tokens all three elements share are documented once, as `@cssprop` tags in
 * src/styles/tokens.ts, and listed on every element, after the element's own properties (an
 * element's own description of a shared token wins). So README tables and Storybook docs show
 * them for each element, not only where someone repeated them. A second plugin writes an
 * attribute's type alias of string literals (`FinderView`) as its values (`'list' | 'map' |
 * 'both'`), so the tables say what to write and Storybook offers a dropdown.
 */
import { readdirSync, readFileSync } from 'node:fs';

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

/** `export type Name = 'a' | 'b';` anywhere in src/ → { Name: "'a' | 'b'" }. */
function literalAliases() {
  const aliases = {};
  const files = readdirSync(new URL('./src/', import.meta.url), { recursive: true }).filter(file => file.endsWith('.ts') && !file.includes('generated'));
  for (const file of files) {
    const source = readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8');
    for (const [, name, union] of source.matchAll(/^export type (\w+) = ('[^'\n]*'(?:\s*\|\s*'[^'\n]*')*);/gm)) aliases[name] = union;
  }
  return aliases;
}

function literalTypesPlugin() {
  return {
    name: 'welcome-literal-types',
    packageLinkPhase({ customElementsManifest }) {
      const aliases = literalAliases();
      const expand = type => type && { ...type, text: type.text.replace(/\b[A-Z]\w*\b/g, name => aliases[name] ?? name) };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          for (const attribute of declaration.attributes ?? []) attribute.type = expand(attribute.type);
          for (const member of declaration.members ?? []) if (member.attribute) member.type = expand(member.type);
        }
      }
    },
  };
}

export default {
  plugins: [sharedTokensPlugin(), literalTypesPlugin()],
};
