export * from './snippet.js';
