// SPDX-License-Identifier: EUPL-1.2
/**
 * The map as one Tab stop (a roving tabindex): Tab enters the map on one district or marker, the
 * arrow keys move between the districts and markers in view, Home and End go to the first and
 * last, + and − zoom, Enter selects (the items are buttons), and Escape leaves the map: focus goes
 * to its end, so the next Tab continues after it. A "Skip map" button before the items does
 * the same. What is outside the view never takes focus.
 */
import { msg } from '@lit/localize';

export interface RovingOptions {
  /** The focusable items in view, in keyboard order (districts, then markers). */
  items: () => Array<HTMLElement | SVGElement>;
  /** Where Tab enters the map before the visitor has moved in it: the selected district or point. */
  selected: () => Element | undefined;
  zoomIn: () => void;
  zoomOut: () => void;
  /** Escape: returns true when it closed something (a popup) instead of leaving. */
  onEscape: () => boolean;
}

let helpIds = 0;

export class RovingFocus {
  /** The item the visitor last focused or moved to. */
  #current?: Element;
  /** The item with tabindex 0. */
  #stop?: Element;
  readonly #skip = document.createElement('button');
  readonly #end = document.createElement('span');
  readonly #help = document.createElement('p');

  constructor(
    private readonly container: HTMLElement,
    private readonly options: RovingOptions,
  ) {
    this.#skip.type = 'button';
    this.#skip.className = 'map-skip';
    this.#skip.addEventListener('click', this.#leave);
    // Where Escape and "Skip map" put focus: after it, Tab goes on to what follows the map.
    this.#end.className = 'map-end';
    this.#end.tabIndex = -1;
    this.#help.className = 'map-help';
    this.#help.id = `welcome-map-help-${++helpIds}`;
    this.#help.hidden = true;
    // First in the widget's map, before its zoom buttons: the skip saves every Tab stop of the map.
    (container.parentElement ?? container).prepend(this.#skip);
    container.prepend(this.#help);
    container.append(this.#end);
    container.setAttribute('aria-describedby', this.#help.id);
    container.addEventListener('keydown', this.#handleKeyDown);
    container.addEventListener('focusin', this.#handleFocusIn);
    this.localize();
  }

  /** Texts in the current UI language (after a language change). */
  localize(): void {
    this.#skip.textContent = msg('Skip map', { id: 'district-map.skip-map', desc: 'Button before the map that moves keyboard focus past it' });
    this.#help.textContent = msg(
      'Arrow keys move between the districts and Welcome Points in view, Enter selects, plus and minus zoom, Escape leaves the map.',
      { id: 'district-map.keyboard-help', desc: 'Accessible description of the map: how to use it with the keyboard' },
    );
  }

  /**
   * Gives the Tab stop to the item the visitor was on if it is still in view, else to the
   * selection, else to the first item in view; without any, the map itself is the stop. Call
   * after every redraw, move and selection.
   */
  refresh(): void {
    const visible = this.options.items();
    const selected = this.options.selected();
    const stop = visible.find(item => item === this.#current) ?? visible.find(item => item === selected) ?? visible[0];
    // Items are created with tabindex -1; only the stop's changes (no DOM reads: this runs on every move).
    if (this.#stop && this.#stop !== stop) this.#stop.setAttribute('tabindex', '-1');
    this.#stop = stop;
    stop?.setAttribute('tabindex', '0');
    if (stop) this.container.removeAttribute('tabindex');
    else this.container.setAttribute('tabindex', '0');
  }

  /** Moves focus into the map, to its Tab stop. */
  focus(): void {
    this.refresh();
    ((this.#stop as HTMLElement | undefined) ?? this.container).focus({ preventScroll: true });
  }

  destroy(): void {
    this.container.removeEventListener('keydown', this.#handleKeyDown);
    this.container.removeEventListener('focusin', this.#handleFocusIn);
    this.container.removeAttribute('aria-describedby');
    this.#skip.remove();
    this.#help.remove();
    this.#end.remove();
  }

  #move(to: Element): void {
    this.#current = to;
    this.refresh();
    (to as HTMLElement).focus({ preventScroll: true });
  }

  readonly #leave = () => this.#end.focus({ preventScroll: true });

  readonly #handleFocusIn = (event: FocusEvent) => {
    const target = event.composedPath()[0] as Element;
    if (this.options.items().includes(target as HTMLElement)) this.#current = target;
  };

  readonly #handleKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as Element;
    // Keys in the popup (its close button) and on "Skip map" keep their own meaning.
    if (target === this.#skip || target.closest?.('.leaflet-popup')) {
      if (event.key === 'Escape' && this.options.onEscape()) event.stopPropagation();
      return;
    }
    const rtl = getComputedStyle(this.container).direction === 'rtl';
    const step = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    const visible = this.options.items();
    const index = visible.findIndex(item => item === (this.#current ?? this.#stop));
    if (step !== undefined) {
      if (!visible.length) return;
      this.#move(visible[Math.max(0, Math.min(visible.length - 1, index + step))]);
    } else if (event.key === 'Home' || event.key === 'End') {
      if (!visible.length) return;
      this.#move(visible[event.key === 'Home' ? 0 : visible.length - 1]);
    } else if (event.key === '+' || event.key === '=') {
      this.options.zoomIn();
    } else if (event.key === '-' || event.key === '−') {
      this.options.zoomOut();
    } else if (event.key === 'Escape') {
      if (!this.options.onEscape()) this.#leave();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
