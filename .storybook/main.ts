// SPDX-License-Identifier: EUPL-1.2
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // Docs pages come from the stories' autodocs; there are no .mdx files (a glob for them only
  // produced a "No story files found" warning).
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The same absolute paths as the test server and the demo, so a story renders identically in
  // Storybook, in test/stories/stories.test.ts and next to the demo pages.
  staticDirs: [
    { from: '../demo/data', to: '/demo/data' },
    { from: '../test/fixtures', to: '/test/fixtures' },
    { from: '../stories/assets', to: '/stories/assets' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline and private: no telemetry, no update checks, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  // Designers open this to look at the widgets: no "Get started" checklist for Storybook itself.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};
export default config;
