export * from './snippet.js';
export * from './fields.js';
export * from './house-style.js';
export { BuurtConfigurator } from './configurator.js';
