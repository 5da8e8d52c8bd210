// custom-elements.json from the JSDoc headers of our elements (@summary @slot @event
// @csspart @cssproperty); Storybook reads it for docs and controls.

/**
 * Elements declare reactive state in `static properties` (no decorator runtime); the
 * analyzer lists those as attributes too. Only public fields are attributes.
 */
const noStateAttributes = () => ({
  name: 'buurtkit-no-state-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.attributes) continue;
        const hidden = new Set(
          (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
        );
        decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
      }
    }
  },
});

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/server/**', 'packages/api/**', 'packages/devtools/**', 'packages/conformance/**', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [noStateAttributes()],
};
