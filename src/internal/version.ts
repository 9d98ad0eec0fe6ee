// SPDX-License-Identifier: EUPL-1.2
/** The library version, shown in warnings when two copies meet on one page. */
export const version = '0.1.0';
