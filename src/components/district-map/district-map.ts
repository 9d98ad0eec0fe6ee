// SPDX-License-Identifier: EUPL-1.2
import { DistrictMap } from './district-map.component.js';
import { defineElement } from '../../internal/define.js';

export { DistrictMap };
defineElement('district-map', DistrictMap);

declare global {
  interface HTMLElementTagNameMap {
    'district-map': DistrictMap;
  }
}
