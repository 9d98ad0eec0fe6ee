// SPDX-License-Identifier: EUPL-1.2
/**
 * What Storybook makes of custom-elements.json, corrected:
 * - Storybook keys attributes, CSS parts and custom properties by bare name in one table, so a
 *   part named like an attribute (offer-list's `category`, `filters`, `group`, `language-switcher`)
 *   replaced the attribute's row. Parts are listed as `::part(name)`.
 * - Fields with an attribute appear once, under the attribute name (what goes into the HTML).
 * - Controls: text fields, dropdowns for fixed value sets, switches and numbers instead of raw
 *   JSON; colour pickers and text fields for `--welcome-*` properties, which `renderWidget()` sets
 *   as custom properties on the element.
 */
import type { StrictArgTypes, StrictInputType } from 'storybook/internal/types';

interface Member { kind?: string; name: string; privacy?: string; static?: boolean; attribute?: string }
interface Declaration { members?: Member[]; cssParts?: { name: string }[]; tagName?: string }
export interface Manifest { modules: { declarations?: Declaration[] }[] }

/** The public API only, with parts renamed so they cannot hide an attribute. */
export function publicApi<T extends Manifest>(source: T): T {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        member => member.kind === 'field' && !member.static && !member.attribute && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
      );
      for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return copy;
}

/** `'a' | 'b' | null` → `['a', 'b']`; `null` when the type is not a set of string literals. */
export function literalOptions(type: string): string[] | null {
  const members = type.split('|').map(member => member.trim()).filter(member => member && member !== 'null' && member !== 'undefined');
  if (!members.length || !members.every(member => /^'[^']*'$/.test(member))) return null;
  return members.map(member => member.slice(1, -1));
}

/** Picks a control for each attribute and custom property (an `argTypesEnhancers` entry). */
export function controlsFor({ argTypes }: { argTypes: StrictArgTypes }): StrictArgTypes {
  const result: StrictArgTypes = {};
  for (const [name, argType] of Object.entries<StrictInputType>(argTypes)) {
    const category = argType.table?.category;
    const type = String(argType.table?.type?.summary ?? '');
    let control: StrictInputType['control'] | undefined;
    let options: string[] | undefined;
    if (category === 'attributes') {
      const literals = literalOptions(type);
      if (literals) [control, options] = [{ type: 'select' }, ['', ...literals]];
      else if (/\bboolean\b/.test(type)) control = { type: 'boolean' };
      else if (/\bnumber\b/.test(type)) control = { type: 'number' };
      else control = { type: 'text' };
    } else if (category === 'css custom properties') {
      control = /color/.test(name) ? { type: 'color', presetColors: ['#0a5fa8', '#E30613', '#7a1f5c', '#1d2430', '#ffffff'] } : { type: 'text' };
    }
    result[name] = control ? { ...argType, control, ...(options ? { options } : {}) } : argType;
  }
  return result;
}
