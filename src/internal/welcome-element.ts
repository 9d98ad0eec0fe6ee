// SPDX-License-Identifier: EUPL-1.2
import { LitElement } from 'lit';
import type { CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { FeedController } from './feed-controller.js';
import { GroupController } from './group-controller.js';
import type { SharedEventName } from './group-controller.js';
import { hostStyles } from '../styles/host.styles.js';
import { resolveText } from '../feed/text.js';
import type { ResolvedText } from '../feed/text.js';
import type { Text, WelcomeFeed } from '../feed/schema.js';
import { getLocale, isRtl, matchUiLocale, setLocale, sourceLocale } from '../i18n/localization.js';

/**
 * What all our widgets share: the public attributes `src`, `lang`, `group`, `sync-url`, the
 * `feed` property, loading through the page-wide feed cache, language resolution, and
 * group links to sibling widgets. Not public API (see `src/internal/README.md`).
 */
export abstract class WelcomeElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  /** URL of the Welcome feed (JSON), resolved against the page. Elements with the same URL share one request. */
  @property({ reflect: true }) src: string | null = null;

  /**
   * A feed object to use instead of `src` (property only). It is validated like a loaded feed.
   * An explicitly set `feed` wins over `src`.
   */
  @property({ attribute: false }) feed?: WelcomeFeed | Record<string, unknown>;

  /**
   * Language of the widget (BCP 47). Default: the nearest ancestor's `lang`, else the page's, else
   * the feed's default language. Feed texts are shown in this language where the feed has them.
   */
  @property({ reflect: true }) override lang = '';

  /** Widgets with the same group name on one page share filters and selection. */
  @property({ reflect: true }) group: string | null = null;

  /** Keep filters and selection in the page URL so links can be shared and Back works. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;

  /** @internal */
  protected readonly feedController = new FeedController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new GroupController(this, event => this.onGroupEvent(event));
  }

  /** The language feed texts are resolved to: own `lang`, an ancestor's, the page's, the feed's. */
  protected get contentLanguage(): string {
    return this.lang || inheritedLang(this) || this.feedController.result?.feed.meta.defaultLanguage || 'de';
  }

  /** The feed's default language, for text without language keys. */
  protected get feedLanguage(): string {
    return this.feedController.result?.feed.meta.defaultLanguage ?? 'de';
  }

  /** Resolves a feed text to the content language, remembering the language it really is in. */
  protected text(value: Text | undefined): ResolvedText {
    return resolveText(value, this.contentLanguage, this.feedLanguage);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const ui = matchUiLocale(this.contentLanguage) ?? sourceLocale;
    // @lit/localize has one active locale per page; a widget asking for another switches all.
    if (ui !== getLocale()) void setLocale(ui);
    const dir = isRtl(ui) ? 'rtl' : 'ltr';
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
  }

  /** Applies a filter or selection made in another widget of the same group. Default: ignore. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  protected onGroupEvent(_event: GlobalEventHandlersEventMap[SharedEventName]): void {}
}

/** The nearest `lang` above the element, crossing shadow roots, then the document's. */
function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang;
}
