// SPDX-License-Identifier: EUPL-1.2
import { html, LitElement, nothing } from 'lit';
import type { CSSResultGroup, ReactiveController, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { FeedController } from './feed-controller.js';
import { GroupController } from './group-controller.js';
import type { RenderSteps } from './render-steps.js';
import { hostStyles } from '../styles/host.styles.js';
import type { WelcomeFeed } from '../feed/schema.js';
import { getLocale, isRtl, matchUiLocale, sourceLocale } from '../i18n/localization.js';
import {
  chooseLanguage,
  LanguageChoiceController,
  requestLocale,
  syncLanguageWithUrl,
  suggestedLanguage,
  visitorLanguage,
  Weight,
  withdrawLocaleRequest,
} from '../i18n/language-choice.js';
import { i18nStyles } from '../i18n/i18n.styles.js';
import { renderError, renderLoading } from './status.js';
import { statusStyles } from './status.styles.js';
import { addStyles } from './add-styles.js';

/**
 * What a widget shows once its feed is there, with the state and behaviour behind it: a Lit
 * reactive controller from a separate chunk, fetched alongside the feed. The element itself is a
 * small shell (public attributes, loading and error states), so the skeleton paints before the
 * bulk of the code arrives. The shell adds the view with `addController` (Lit then calls its
 * `hostConnected`, and its update hooks like any controller's) and renders what `render()` returns.
 * State lives in the view's fields; a change calls `host.requestUpdate()`.
 */
export interface ViewController extends ReactiveController {
  /**
   * Everything but a load error, including the element's `part="base"` box. While the feed loads
   * a view may show more than the shell's skeleton (the finder shows its form), or call
   * `renderPending()` for the same.
   */
  render(): TemplateResult;
  /** A long list rendered a few items per task: `updateComplete` waits for the rest. */
  readonly steps?: RenderSteps;
}

/** Skeleton rows for a long list: about a phone screen (a row is 6rem). */
export const LONG_LIST_ROWS = 8;

/** A view chunk: its styles and how to make a view for one host. */
export interface ViewModule<Host> {
  styles: CSSResultGroup;
  createView(host: Host): ViewController;
}

/**
 * What all our widgets share: the public attributes `src`, `lang`, `group`, `sync-url`,
 * `language-switcher`, the `feed` property, loading through the page-wide feed cache, language
 * resolution, and group links to sibling widgets. Not public API (see `src/internal/README.md`).
 *
 * @csspart language-switcher - The visitor's language menu (with `language-switcher`).
 * @fires welcome-language-change - The visitor chose another language in this widget's menu; all widgets on the page follow.
 */
export abstract class WelcomeElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles, i18nStyles, statusStyles];

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
   * A language the visitor chose (switcher, `?welcome-lang=`) wins over all of these.
   */
  @property({ reflect: true }) override lang = '';

  /** Show a menu in the header where visitors choose the language of all widgets on the page. */
  @property({ type: Boolean, attribute: 'language-switcher', reflect: true }) languageSwitcher = false;

  /** Widgets with the same group name on one page share filters and selection. */
  @property({ reflect: true }) group: string | null = null;

  /** Keep filters and selection in the page URL so links can be shared and Back works. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;

  /** @internal */
  readonly feedController = new FeedController(this);

  /**
   * Links to sibling widgets of the same `group`; the view says how to apply their choices.
   * @internal
   */
  readonly groupLink = new GroupController(this);

  /** The view chunk's part of this widget, once loaded. */
  #view?: ViewController;
  #viewRequested = false;
  #viewError?: unknown;
  /** The language menu, loaded only by widgets with `language-switcher`. */
  #switcher?: typeof import('./language-switcher.js');
  #switcherRequested = false;

  /**
   * Imports this widget's view chunk (see {@link ViewController}). A widget without one renders
   * everything itself by overriding `render()`.
   */
  protected importView?(): Promise<ViewModule<this>>;

  /**
   * Rows of the loading skeleton, shaped like the content. Long lists fill about a phone screen,
   * so that a page's footer does not jump away when the data arrives.
   * @internal
   */
  get loadingRows(): number {
    return 3;
  }

  /** The UI locale and weight this widget last asked the page for (see `i18n/language-choice.ts`). */
  #requested = '';
  /** True while we write the host's `lang` attribute ourselves, so it does not become the `lang` property. */
  #writingLang = false;
  #syncingUrl = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new LanguageChoiceController(this, () => (this.#requested = ''));
    this.addController({
      hostUpdate: () => this.#beforeRender(),
      hostUpdated: () => this.#labelHostLanguage(),
      hostConnected: () => {
        // A widget moved in the page asks for its language and links the URL again (the first
        // connect is handled before the first render).
        if (this.hasUpdated) this.requestUpdate();
        this.#loadView();
      },
      hostDisconnected: () => {
        this.#requested = '';
        withdrawLocaleRequest(this);
        this.#syncingUrl = false;
        syncLanguageWithUrl(this, false);
      },
    });
  }

  /**
   * The language feed texts are resolved to: the visitor's choice, own `lang`, an ancestor's,
   * the page's, the feed's.
   */
  /** @internal */
  get contentLanguage(): string {
    return (
      visitorLanguage() ||
      this.lang ||
      inheritedLang(this) ||
      this.feedController.result?.feed.meta.defaultLanguage ||
      'de'
    );
  }

  /**
   * The UI locale buttons and labels are shown in right now (one per page, see docs/i18n.md).
   * Pass it to `Intl` formatters and `renderFeedText()`.
   * @internal
   */
  get uiLanguage(): string {
    return getLocale();
  }

  /**
   * The feed's default language, for text without language keys.
   * @internal
   */
  get feedLanguage(): string {
    return this.feedController.result?.feed.meta.defaultLanguage ?? 'de';
  }

  /**
   * The language menu for the widget's header; nothing unless `language-switcher` is set.
   * @internal
   */
  renderLanguageSwitcher(): TemplateResult | typeof nothing {
    if (!this.languageSwitcher) return nothing;
    // Until the menu's code is there, an empty box holds its place so nothing below it moves.
    const current = visitorLanguage() ?? getLocale();
    if (!this.#switcher) {
      return html`${suggestedLanguage(this) ? html`<p class="language-suggestion"></p>` : nothing}<span
        class="language-switcher"
        aria-hidden="true"
      ></span>`;
    }
    return this.#switcher.renderLanguageSwitcher(current, tag => chooseLanguage(tag, 'switcher', this), this);
  }

  /**
   * Asks the page for this widget's UI locale and sets the host's `dir` before each render.
   * (A controller hook, so subclasses overriding `willUpdate` need not remember to call super.)
   */
  #beforeRender() {
    // @lit/localize has one active locale per page; ask for ours only when it changes, so two
    // widgets wanting different languages don't switch the page back and forth forever.
    const ui = matchUiLocale(this.contentLanguage) ?? sourceLocale;
    const weight = this.lang ? Weight.own : Weight.inherited;
    // A widget taken off the page may still finish an update; it has no say any more.
    if (this.isConnected && `${ui} ${weight}` !== this.#requested) {
      this.#requested = `${ui} ${weight}`;
      requestLocale(this, ui, weight);
    }
    if (this.syncUrl !== this.#syncingUrl) {
      this.#syncingUrl = this.syncUrl;
      syncLanguageWithUrl(this, this.syncUrl);
    }
    if (this.languageSwitcher) this.#loadSwitcher();
    const dir = isRtl(getLocale()) ? 'rtl' : 'ltr';
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
  }

  /** Resolves once the view has rendered everything it spreads over later tasks, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.#view?.steps?.pending;
    return pending ? pending.then(() => this.getUpdateComplete()) : done;
  }

  /** A load error, the view, or — until the view chunk is there — a skeleton. */
  override render(): TemplateResult {
    const { state, error } = this.feedController;
    const failure = state === 'error' ? error : this.#viewError;
    if (failure) {
      return html`<div part="base" class="base">${this.renderLanguageSwitcher()} ${renderError(failure, () => this.#retry(), this.loadingRows)}</div>`;
    }
    return this.#view?.render() ?? this.renderPending();
  }

  /**
   * The loading state: a skeleton shaped like the content.
   * @internal
   */
  renderPending(): TemplateResult {
    return html`<div part="base" class="base">${this.renderLanguageSwitcher()} ${renderLoading(this.loadingRows)}</div>`;
  }

  /** Starts loading the view chunk; it arrives while the feed downloads. */
  #loadView() {
    if (this.#viewRequested || !this.importView) return;
    this.#viewRequested = true;
    this.importView().then(
      module => {
        addStyles(this.renderRoot as ShadowRoot, module.styles);
        this.#viewError = undefined;
        // Lit calls the view's `hostConnected` now if the element is in the page, else when it
        // is put back: a view arriving after its element was removed registers nothing.
        this.addController((this.#view = module.createView(this)));
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#viewError = error;
        this.#viewRequested = false;
        this.requestUpdate();
      },
    );
  }

  #loadSwitcher() {
    if (this.#switcherRequested) return;
    this.#switcherRequested = true;
    import('./language-switcher.js').then(
      module => {
        addStyles(this.renderRoot as ShadowRoot, module.languageSwitcherStyles);
        this.#switcher = module;
        this.requestUpdate();
      },
      // Without the menu the widget still works in the page's language; a later render tries again.
      () => (this.#switcherRequested = false),
    );
  }

  #retry() {
    if (this.#viewError) {
      this.#viewError = undefined;
      this.#loadView();
    }
    if (this.feedController.state === 'error') this.feedController.retry();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang' && this.#writingLang) return;
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * Keeps the host's `lang` attribute true to the language its buttons and labels are in (for
   * screen reader voices and hyphenation), without changing the `lang` property the page set:
   * an Arabic widget on a German page gets `lang="ar"`; a widget inheriting the page's language
   * gets no `lang` attribute at all (never `lang=""`, which would mean "unknown language").
   */
  #labelHostLanguage() {
    const shown = getLocale();
    const own = this.lang || '';
    const wanted = matchUiLocale(own || inheritedLang(this)) === shown ? own : shown;
    if ((this.getAttribute('lang') ?? '') === wanted && (wanted || !this.hasAttribute('lang'))) return;
    this.#writingLang = true;
    try {
      if (wanted) this.setAttribute('lang', wanted);
      else this.removeAttribute('lang');
    } finally {
      this.#writingLang = false;
    }
  }
}

/**
 * The nearest `lang` above the element, crossing shadow roots, then the document's. A widget
 * around it counts with the `lang` its page gave it, not the one we write on its host.
 */
function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof WelcomeElement) {
      if (node.lang) return node.lang;
    } else if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang;
}
