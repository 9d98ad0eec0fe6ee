// SPDX-License-Identifier: EUPL-1.2
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = {
  title: 'Widgets/welcome-point-finder',
  component: 'welcome-point-finder',
  render: () => html`<welcome-point-finder src="data/duesseldorf.json"></welcome-point-finder>`,
};
export default meta;

export const Default: StoryObj = {};
