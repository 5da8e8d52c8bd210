import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

// The build's CDN folder (npm run build): the configurator's stories pin its integrity hash.
const cdn = new URL('../packages/buurtkit/dist/cdn', import.meta.url).pathname;

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  staticDirs: existsSync(cdn) ? [{ from: cdn, to: '/cdn' }] : [],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Nothing here may reach the internet.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
