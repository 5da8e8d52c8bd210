// custom-elements.json from the JSDoc headers of our elements (@summary @slot @event
// @csspart @cssproperty); Storybook reads it for docs and controls.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/server/**', 'packages/api/**', 'packages/devtools/**', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
