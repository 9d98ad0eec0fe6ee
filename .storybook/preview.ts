// SPDX-License-Identifier: EUPL-1.2
import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: { controls: { expanded: true } },
};
export default preview;
