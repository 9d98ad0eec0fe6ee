// SPDX-License-Identifier: EUPL-1.2
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the components' JSDoc by `npm run manifest` (part of every build), so the
// controls and docs tables can never drift from the code.
import manifest from '../custom-elements.json';
import '../src/define.js';

interface Member { kind?: string; name: string; privacy?: string; static?: boolean; attribute?: string }
interface Declaration { members?: Member[] }

/**
 * Storybook lists every class member; editors and developers need the public API only. Fields
 * with an attribute appear once, under their attribute name (what goes into the HTML).
 */
function publicApi<T extends { modules: { declarations?: Declaration[] }[] }>(source: T): T {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        member => member.kind === 'field' && !member.static && !member.attribute && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
      );
    }
  }
  return copy;
}

setCustomElementsManifest(publicApi(manifest as unknown as { modules: { declarations?: Declaration[] }[] }));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    layout: 'padded',
  },
};
export default preview;
