// SPDX-License-Identifier: EUPL-1.2
import { msg } from '@lit/localize';

/** The route link's label, one translation for Welcome Point and offer cards. */
export const routeLabel = (): string => msg('Route', { id: 'point-card.route', desc: 'Link that opens directions to the place on a map site' });
