// SPDX-License-Identifier: EUPL-1.2
import { msg } from '@lit/localize';

/** Shown instead of a street for places that give their address only when asked (e.g. a shelter): one translation for cards and map. */
export const addressOnRequestLabel = (): string =>
  msg('Address on request', { id: 'card-meta.address-on-request', desc: 'The place gives its address only when asked (e.g. a shelter)' });
