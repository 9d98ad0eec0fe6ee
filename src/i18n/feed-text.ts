// SPDX-License-Identifier: EUPL-1.2
/** Feed texts as a widget shows them: in its content language, with the language they are really in. */
import type { nothing, TemplateResult } from 'lit';
import { resolveText } from '../feed/text.js';
import type { ResolvedText } from '../feed/text.js';
import type { Text } from '../feed/schema.js';
import { renderText } from './render-text.js';

/** What a widget knows about languages (see `WelcomeElement`). */
export interface TextHost {
  readonly contentLanguage: string;
  readonly feedLanguage: string;
  readonly uiLanguage: string;
}

/** Resolves a feed text to the widget's content language, remembering the language it really is in. */
export function feedText(host: TextHost, value: Text | undefined): ResolvedText {
  return resolveText(value, host.contentLanguage, host.feedLanguage);
}

/**
 * A feed text as markup: resolved to the content language, in a `<span lang dir="auto">`, with
 * an "Original: Deutsch" hint where the feed lacks the visitor's language.
 */
export function renderFeedText(host: TextHost, value: Text | undefined, options?: { hint?: boolean }): TemplateResult | typeof nothing {
  return renderText(feedText(host, value), host.uiLanguage, options);
}
