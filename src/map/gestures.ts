// SPDX-License-Identifier: EUPL-1.2
/**
 * Cooperative gestures, so a map never traps the page's scrolling: on a touch screen one finger
 * scrolls the page and two fingers move and zoom the map; with a mouse the wheel zooms only
 * after a click into the map (until the pointer leaves it) or with Ctrl. Otherwise a short hint
 * says how. (The Leaflet plugins for this write their hint through CSS `content` strings per
 * language or `innerHTML`; this is the same idea in a few lines, with our translations.)
 */
import { msg } from '@lit/localize';
import type * as Leaflet from 'leaflet';

/** How long a hint stays, in ms: long enough to read a short sentence. */
const HINT_TIME = 1800;
/** A one-finger move longer than this (px) is a scroll attempt and shows the hint. */
const SWIPE = 12;

export class CooperativeGestures {
  readonly #hint = document.createElement('p');
  readonly #touches = new Map<number, { x: number; y: number }>();
  /** Whether the wheel zooms: after a click into the map, until the pointer leaves it. */
  #wheelActive = false;
  #hideTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly map: Leaflet.Map,
    private readonly container: HTMLElement,
  ) {
    this.#hint.className = 'map-hint';
    // Said by the keyboard help already; a screen reader does not need it twice.
    this.#hint.setAttribute('aria-hidden', 'true');
    this.#hint.hidden = true;
    container.append(this.#hint);
    // One finger must scroll from the very first touch: the browser decides from `touch-action`
    // (which Leaflet sets to pan-x pan-y while dragging is off) before any event reaches us.
    if (matchMedia('(pointer: coarse)').matches) map.dragging.disable();
    // Capture: before Leaflet's own handlers on the container and the panes inside it.
    container.addEventListener('pointerdown', this.#handlePointerDown, true);
    container.addEventListener('pointermove', this.#handlePointerMove, true);
    for (const type of ['pointerup', 'pointercancel'] as const) container.addEventListener(type, this.#handlePointerUp, true);
    container.addEventListener('pointerleave', this.#handlePointerLeave);
    container.addEventListener('wheel', this.#handleWheel, { capture: true, passive: true });
  }

  destroy(): void {
    clearTimeout(this.#hideTimer);
    this.container.removeEventListener('pointerdown', this.#handlePointerDown, true);
    this.container.removeEventListener('pointermove', this.#handlePointerMove, true);
    for (const type of ['pointerup', 'pointercancel'] as const) this.container.removeEventListener(type, this.#handlePointerUp, true);
    this.container.removeEventListener('pointerleave', this.#handlePointerLeave);
    this.container.removeEventListener('wheel', this.#handleWheel, { capture: true });
    this.#hint.remove();
  }

  #show(text: string): void {
    this.#hint.textContent = text;
    this.#hint.hidden = false;
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => (this.#hint.hidden = true), HINT_TIME);
  }

  #hide(): void {
    clearTimeout(this.#hideTimer);
    this.#hint.hidden = true;
  }

  readonly #handlePointerDown = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') {
      this.#wheelActive = true;
      this.map.dragging.enable();
      return;
    }
    this.map.dragging.disable();
    this.#touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
    // Two fingers: Leaflet's pinch handler moves and zooms the map.
    if (this.#touches.size > 1) this.#hide();
  };

  readonly #handlePointerMove = (event: PointerEvent) => {
    const start = this.#touches.get(event.pointerId);
    if (!start || this.#touches.size !== 1) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > SWIPE) this.#showTouchHint();
  };

  readonly #handlePointerUp = (event: PointerEvent) => {
    // The browser takes a one-finger swipe for scrolling and cancels the pointer: a swipe, too.
    if (event.type === 'pointercancel' && this.#touches.size === 1 && this.#touches.has(event.pointerId)) this.#showTouchHint();
    this.#touches.delete(event.pointerId);
  };

  readonly #handlePointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') this.#wheelActive = false;
  };

  readonly #handleWheel = (event: WheelEvent) => {
    if (this.#wheelActive || event.ctrlKey || event.metaKey) {
      this.#hide();
      return;
    }
    // Leaflet's wheel zoom listens on the container, after this: the page scrolls instead.
    event.stopPropagation();
    this.#show(msg('To zoom, click into the map or hold Ctrl while scrolling.', { id: 'district-map.hint-wheel', desc: 'Short hint over the map when the mouse wheel scrolls the page instead of zooming' }));
  };

  #showTouchHint(): void {
    this.#show(msg('Use two fingers to move the map.', { id: 'district-map.hint-touch', desc: 'Short hint over the map when one finger scrolls the page instead of moving the map' }));
  }
}
