// SPDX-License-Identifier: EUPL-1.2
/**
 * The parts of cards and widgets that can follow the first render by a moment: what a card says
 * about its data (card-meta), "Share" with its QR code, and the data footer. One lazy chunk, so
 * the first render of every widget stays within its size budget; `loadCardExtras` fetches it.
 */
export { holidayStatus, renderFormerNames, renderLastChecked, renderReportLink } from './card-meta.js';
export { loadQr, pointPageLink, renderQr, renderShareAction, staticBaseOf } from './share-action.js';
export { renderDataFooter, renderSampleNotice } from './data-footer.js';
