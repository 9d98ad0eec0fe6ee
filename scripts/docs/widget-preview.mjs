// SPDX-License-Identifier: EUPL-1.2
// Builds the preview from URL parameters:
// ?tag=offer-list&lang=ar&attrs=filters,group-by=day&src=/test/fixtures/offer-list.json
import '../../src/define.ts'; // served as TypeScript by the dev server's esbuild plugin

const params = new URLSearchParams(location.search);
const list = document.createElement(params.get('tag') ?? 'offer-list');
list.setAttribute('src', params.get('src') ?? '/test/fixtures/offer-list.json');
if (params.get('lang')) {
  document.documentElement.lang = params.get('lang');
  list.setAttribute('lang', params.get('lang'));
}
for (const pair of (params.get('attrs') ?? '').split(',').filter(Boolean)) {
  const [name, value = ''] = pair.split('=');
  list.setAttribute(name, value);
}
document.getElementById('root').append(list);
