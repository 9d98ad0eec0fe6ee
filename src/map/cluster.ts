// SPDX-License-Identifier: EUPL-1.2
/**
 * Clustering for maps with many points, in a chunk of its own: most maps show a few dozen
 * Welcome Points and never load it. `leaflet-map.ts` imports it through {@link loadClustering}.
 */
import Supercluster from 'supercluster';

export { Supercluster };
