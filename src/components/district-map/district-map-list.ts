// SPDX-License-Identifier: EUPL-1.2
/**
 * The district map's words: its text alternative (every district with its Welcome Points as
 * buttons), the legend, a point's popup, and the names the map and the list give districts and
 * points. Templates; the view owns the state.
 */
import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { pointLocation } from '../../feed/geo.js';
import { districtById, offersOfPoint, pointById } from '../../feed/query.js';
import type { District, Geometry, WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import type { DistrictShapes, MapData, MapDistrict, MapPoint, MapPointState } from '../../map/leaflet-map.js';
import { feedHolidays, pointOpeningState } from '../../feed/hours.js';
import { loadCardExtras } from '../shared/load-card-extras.js';
import type { OpeningState } from '../../feed/hours.js';
import { feedText } from '../../i18n/feed-text.js';
import { address, langIfOther, shadeOf, shadeRanges } from './district-map-model.js';
import type { Model, PointStatus } from './district-map-model.js';
import type { DistrictMap } from './district-map.component.js';

/** What the list's buttons do. */
export interface ListActions {
  onDistrict: (districtId: string) => void;
  onPoint: (pointId: string) => void;
}

export function renderList(host: DistrictMap, model: Model, shown: boolean, actions: ListActions): TemplateResult {
  // Hidden visually in map view, but still read by screen readers. Its buttons leave the tab
  // order there, so keyboard users do not land on invisible controls; the map has its own.
  const tabindex = shown ? 0 : -1;
  return html`<section
    class="list ${shown ? '' : 'visually-hidden'}"
    part="list"
    aria-label=${msg('Districts and Welcome Points', { id: 'district-map.list-label', desc: 'Name of the text alternative to the map' })}
  >
    <ul class="list__districts">
      ${model.districts.map(
        entry => html`<li class="list__district">
          <button
            type="button"
            class="list__district-button"
            tabindex=${tabindex}
            aria-current=${ifDefined(entry.district.id === host.district ? 'true' : undefined)}
            @click=${() => actions.onDistrict(entry.district.id)}
          >
            ${entry.district.number !== undefined ? html`<span class="badge" aria-hidden="true">${entry.district.number}</span>` : nothing}
            <span class="visually-hidden">${districtLabel(entry)}</span>
            <span aria-hidden="true" lang=${ifDefined(entry.lang)}>${entry.name}</span>
          </button>
          ${entry.points.length
            ? renderPointList(host, model, entry.points, tabindex, actions)
            : html`<p class="list__empty">${msg('No Welcome Point here.', { id: 'district-map.district-empty' })}</p>`}
        </li>`,
      )}
      ${model.orphans.length
        ? html`<li class="list__district">
            <p class="list__other">${msg('Other places', { id: 'district-map.other-places', desc: 'Heading for Welcome Points outside the listed districts' })}</p>
            ${renderPointList(host, model, model.orphans, tabindex, actions)}
          </li>`
        : nothing}
    </ul>
  </section>${renderClosing(host, model)}`;
}

/** Below map and list, so nothing moves when the feed arrives: the sample notice and the data footer. */
function renderClosing(host: DistrictMap, model: Model): unknown {
  const extras = loadCardExtras(() => host.requestUpdate());
  return [extras?.renderSampleNotice(host, model.feed), extras?.renderDataFooter(host, model.feed, host.uiLanguage)];
}

function renderPointList(host: DistrictMap, model: Model, points: WelcomePoint[], tabindex: number, actions: ListActions): TemplateResult {
  return html`<ul class="list__points">
    ${points.map(point => {
      const name = feedText(host, point.name);
      return html`<li class="list__point">
        <button
          type="button"
          class="list__point-button"
          tabindex=${tabindex}
          aria-current=${ifDefined(point.id === host.selected ? 'true' : undefined)}
          @click=${() => actions.onPoint(point.id)}
        >
          <span lang=${ifDefined(langIfOther(name.lang, host))}>${name.text}</span>
        </button>
        <span class="list__address">${address(point)}</span>
        ${renderStatus(model.status.get(point.id))}
        ${pointLocation(model.feed, point)
          ? nothing
          : html`<span class="list__note">${msg('(not on the map)', { id: 'district-map.not-on-map' })}</span>`}
      </li>`;
    })}
  </ul>`;
}

/** A marker's name: the point, its address, and whether it is closed. */
export function pointName(host: DistrictMap, point: WelcomePoint, status: PointStatus = 'open', state?: MapPointState): string {
  const name = feedText(host, point.name).text;
  const where = address(point);
  if (status === 'open' && state === 'open') return msg(str`${name}, ${where} (open now)`, { id: 'district-map.point-button-open-now', desc: 'Marker of a Welcome Point that is open at this moment' });
  if (status === 'open' && state === 'closed-now') return msg(str`${name}, ${where} (closed now)`, { id: 'district-map.point-button-closed-now', desc: 'Marker of a Welcome Point that is closed at this moment (outside its hours)' });
  switch (status) {
    case 'closed':
      return msg(str`${name}, ${where} (closed)`, { id: 'district-map.point-button-closed', desc: 'Marker of a Welcome Point that no longer exists' });
    case 'paused':
      return msg(str`${name}, ${where} (temporarily closed)`, { id: 'district-map.point-button-paused' });
    default:
      return msg(str`${name}, ${where}`, { id: 'district-map.point-button', desc: 'Name of a Welcome Point marker: the name, then the address' });
  }
}

export function renderStatus(status: PointStatus | undefined): TemplateResult | typeof nothing {
  if (status === 'closed') return html`<span class="status-note">${msg('Closed', { id: 'district-map.status-closed', desc: 'A Welcome Point that no longer exists' })}</span>`;
  if (status === 'paused') return html`<span class="status-note">${msg('Temporarily closed', { id: 'district-map.status-paused' })}</span>`;
  return nothing;
}

export function districtLabel({ district, name }: { district: District; name: string }): string {
  // "Stadtbezirk 1" already says which district it is; so does "منطقه ۱" (Persian digits, as the UI writes numbers).
  const digits = name.replace(/[٠-٩۰-۹]/g, d => String(d.charCodeAt(0) & 0xf));
  return district.number === undefined || new RegExp(`(^|\\D)${district.number}(\\D|$)`).test(digits)
    ? name
    : msg(str`District ${district.number}: ${name}`, { id: 'district-map.district-label', desc: 'A city district with its official number' });
}

/** The legend of `shade="offers"`: which shade stands for how many offers. */
export function renderLegend(model: Model): TemplateResult {
  const steps = shadeRanges(model.maxOffers);
  return html`<div class="legend" part="legend">
    <p class="legend__title" id="legend-title">${msg('Offers per district', { id: 'district-map.legend-title' })}</p>
    <ul class="legend__items" aria-labelledby="legend-title">
      ${steps.map(
        ([shade, from, to]) => html`<li class="legend__item">
          <span class="legend__swatch district--shade-${shade}" aria-hidden="true"></span>
          ${from === to ? from : msg(str`${from} to ${to}`, { id: 'district-map.legend-range', desc: 'Legend: a range of offer counts, e.g. "3 to 5"' })}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** What Leaflet draws: districts (with boundary `shapes` when loaded) and located points, with their names. */
export function mapDataOf(host: DistrictMap, model: Model, shapes: DistrictShapes | undefined): MapData {
  const districts: MapDistrict[] = model.districts.map(entry => ({
    id: entry.district.id,
    number: entry.district.number,
    name: entry.name,
    lang: entry.lang,
    accessibleName: msg(str`${districtLabel(entry)} (Welcome Points: ${entry.points.length})`, {
      id: 'district-map.district-button',
      desc: 'Name of a district on the map, e.g. "District 1: Mitte (Welcome Points: 3)"',
    }),
    shape: (shapes?.shapes.get(entry.district.id) ?? entry.district.geometry) as Geometry | undefined,
    center: entry.district.center,
    shade: host.shade === 'offers' ? shadeOf(entry.offers, model.maxOffers) : undefined,
  }));
  const points: MapPoint[] = [];
  const now = new Date();
  for (const point of [...model.districts.flatMap(entry => entry.points), ...model.orphans]) {
    const at = pointLocation(model.feed, point);
    if (!at) continue;
    const status = model.status.get(point.id);
    const state = status === 'open' ? mapState(pointOpeningState(point, now, model.feed.meta.timeZone, feedHolidays(model.feed))) : 'inactive';
    points.push({ id: point.id, lat: at.lat, lng: at.lng, accessibleName: pointName(host, point, status, state), state });
  }
  return { districts, points };
}

/** A marker's shape for the point's opening state now. */
function mapState(opening: OpeningState): MapPointState {
  if (opening.state === 'open') return 'open';
  if (opening.state === 'closed' || opening.state === 'closure') return 'closed-now';
  return opening.state === 'inactive' ? 'inactive' : 'unknown';
}

/** The popup of a point, rendered by Lit into a DOM node: feed text never becomes markup. */
export function renderPopup(
  host: DistrictMap,
  pointId: string,
  model: Model | undefined,
  onClose: () => void,
  opening?: (point: WelcomePoint, feed: WelcomeFeed) => TemplateResult | typeof nothing | undefined,
): HTMLElement {
  const container = document.createElement('div');
  container.className = 'popup';
  const feed = host.feedController.result?.feed;
  const point = feed && pointById(feed, pointId);
  if (!feed || !point) return container;
  const name = feedText(host, point.name);
  const district = districtById(feed, point.districtId);
  const districtName = district && feedText(host, district.name);
  const offers = offersOfPoint(feed, point.id).length;
  const status = model?.status.get(point.id);
  render(
    html`<p class="popup__title" lang=${ifDefined(langIfOther(name.lang, host))}>${name.text}</p>
      ${status && status !== 'open' ? html`<p class="popup__line">${renderStatus(status)}</p>` : (opening?.(point, feed) ?? nothing)}
      <p class="popup__line">${address(point)}</p>
      ${districtName
        ? html`<p class="popup__line" lang=${ifDefined(langIfOther(districtName.lang, host))}>
            ${districtLabel({ district: district, name: districtName.text })}
          </p>`
        : nothing}
      ${offers ? html`<p class="popup__line">${msg(str`Offers: ${offers}`, { id: 'district-map.popup-offers' })}</p>` : nothing}
      <button type="button" class="popup__close" aria-label=${msg('Close', { id: 'district-map.popup-close' })} @click=${onClose}>
        <span aria-hidden="true">×</span>
      </button>`,
    container,
  );
  return container;
}
