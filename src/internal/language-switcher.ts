// SPDX-License-Identifier: EUPL-1.2
/**
 * The visitor-facing language menu widgets show in their header with `language-switcher`.
 * A template, not an element: it lives in the widget's shadow root and uses its styles.
 */
import { css, html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { uiLanguages } from '../i18n/languages.js';
import { renderLanguageSuggestion } from './language-suggestion.js';

const globe = svg`<svg class="language-switcher__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
  fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round">
  <circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c2.5 2.6 3.75 5.6 3.75 9s-1.25 6.4-3.75 9M12 3C9.5 5.6 8.25 8.6 8.25 12s1.25 6.4 3.75 9" />
</svg>`;

/**
 * A labelled `<select>` listing every UI language by its own name (العربية, Українська, …),
 * each option marked with its `lang` and `dir` so screen readers pronounce it right.
 * @param current the UI locale shown now
 * @param onChoose called with the chosen UI locale
 */
export function renderLanguageSwitcher(
  current: string,
  onChoose: (tag: string) => void,
  host?: HTMLElement & { requestUpdate(): void },
): TemplateResult {
  const label = msg('Language', { id: 'language-switcher.label', desc: 'Label of the menu to change the language of the widgets' });
  return html`${host ? renderLanguageSuggestion(host, current, onChoose) : nothing}<label class="language-switcher" part="language-switcher">
    ${globe}<span class="visually-hidden">${label}</span>
    <select
      class="language-switcher__select"
      @change=${(event: Event) => onChoose((event.target as HTMLSelectElement).value)}
    >
      ${uiLanguages().map(
        language =>
          // `.selected` (the property): a `selected` attribute stops working once the visitor has picked.
          html`<option value=${language.tag} lang=${language.tag} dir=${language.dir} .selected=${language.tag === current}>${language.name}</option>`,
      )}
    </select>
  </label>`;
}

export const languageSwitcherStyles = css`
  /* At the end of the widget's header row, whatever layout the widget uses (block, flex or grid). */
  .language-switcher {
    display: flex;
    inline-size: fit-content;
    margin-inline-start: auto;
    justify-self: end;
    /* In a grid layout the switcher takes a row of its own instead of a column. */
    grid-column: 1 / -1;
    align-items: center;
    gap: 0.375rem;
    color: var(--_text-muted);
  }
  /* The offer of the browser's language: a row of its own above the menu. */
  .language-suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin: 0 0 0.5rem;
    flex-basis: 100%;
    grid-column: 1 / -1;
  }
  .language-suggestion button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .language-switcher__icon {
    flex: none;
  }
  .language-switcher__select {
    min-block-size: 2.5rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .language-switcher__select {
      border-color: ButtonText;
    }
  }
`;
