// SPDX-License-Identifier: EUPL-1.2
import { version } from './version.js';

/**
 * Registers a tag unless the page already has it. Our tag names carry no prefix, so on a busy
 * CMS page another copy (or another library) may have taken the name first: we warn, naming
 * both, instead of throwing and breaking the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const other = (existing as { version?: string }).version ?? 'unknown version';
  console.warn(`welcome-widgets ${version}: <${tag}> is already defined on this page (${other}); keeping that one.`);
}
