// SPDX-License-Identifier: EUPL-1.2
/** The popup of one Welcome Point: content from the element (a DOM node), anchored at its marker. */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import { deepActiveElement, fitPadding } from './geometry.js';
import type { MapPoint } from './types.js';

export interface PopupOptions {
  content: (pointId: string) => HTMLElement | undefined;
  /** Where the point's marker sits now (a little apart from the point at city scale). */
  markerAt: (pointId: string) => Leaflet.LatLng | undefined;
  /** The popup closed; `hadFocus` when focus was inside it (it should go back to the marker). */
  onClose: (pointId: string, hadFocus: boolean) => void;
}

export class MapPopup {
  #popup?: Leaflet.Popup;
  /** The point whose popup is open. */
  pointId: string | null = null;

  constructor(
    private readonly map: Leaflet.Map,
    private readonly options: PopupOptions,
  ) {}

  open(point: MapPoint, autoPan = true): void {
    if (this.pointId === point.id && this.#popup?.isOpen()) return;
    this.drop();
    const content = this.options.content(point.id);
    if (!content) return;
    // Room for the element's zoom buttons too, so autopan never leaves the popup under them.
    const [autoPanPaddingTopLeft, autoPanPaddingBottomRight] = fitPadding(this.map.getContainer(), 16);
    const popup = L.popup({
      closeButton: false,
      autoClose: true,
      closeOnEscapeKey: true,
      className: 'point-popup',
      offset: [0, -12],
      maxWidth: 280,
      autoPan,
      autoPanPaddingTopLeft,
      autoPanPaddingBottomRight,
    });
    popup.setLatLng(this.options.markerAt(point.id) ?? [point.lat, point.lng]).setContent(content);
    this.#popup = popup;
    this.pointId = point.id;
    popup.on('remove', () => {
      if (this.#popup !== popup) return;
      this.#popup = undefined;
      this.pointId = null;
      // Focus inside the closed popup would fall to the page; give it back to the marker.
      const hadFocus = content.contains(document.activeElement) || content.contains(deepActiveElement(content));
      this.options.onClose(point.id, hadFocus);
    });
    popup.openOn(this.map);
    // Leaflet skips panning the popup into view while the map is still zooming or panning
    // (a click right after a district fit); pan once the map has settled.
    const map = this.map as unknown as { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } };
    if (map._animatingZoom || map._panAnim?._inProgress) {
      this.map.once('moveend', () => {
        if (this.#popup === popup && popup.isOpen()) popup.update();
      });
    }
  }

  /** Closes the popup without reporting it as the visitor's action. */
  drop(): void {
    const popup = this.#popup;
    this.#popup = undefined;
    this.pointId = null;
    popup?.remove();
  }

  /** Points an open popup at its marker, wherever that now sits (without panning the view). */
  follow(): void {
    const at = this.pointId ? this.options.markerAt(this.pointId) : undefined;
    if (!this.#popup || !at) return;
    const { autoPan } = this.#popup.options;
    this.#popup.options.autoPan = false;
    this.#popup.setLatLng(at);
    this.#popup.options.autoPan = autoPan;
  }

  destroy(): void {
    this.#popup?.off();
  }
}
