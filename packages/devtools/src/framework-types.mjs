// Typings for React 19 and Vue 3 templates, generated from custom-elements.json so that they
// never drift from the elements: every documented attribute, its property, and every event
// with its typed detail (from the packages' GlobalEventHandlersEventMap declarations).
// Written to packages/buurtkit/types/ by `npm run build`; check-manifest.mjs fails when the
// committed files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';

const root = new URL('../../../', import.meta.url).pathname;
const OUT = join(root, 'packages/buurtkit/types');

/** The elements the `buurtkit` package carries (the staff desk is its own bundle). */
function elements(manifest) {
  const bundled = Object.keys(
    JSON.parse(readFileSync(join(root, 'packages/buurtkit/package.json'), 'utf8')).dependencies,
  );
  const out = [];
  for (const mod of manifest.modules) {
    const folder = /^packages\/([^/]+)\//.exec(mod.path)?.[1];
    const pkg = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')).name;
    if (!bundled.includes(pkg)) continue;
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      out.push({
        tag: d.tagName,
        className: d.name,
        pkg,
        summary: (d.summary ?? d.description ?? '').replace(/\s+/g, ' ').split(/(?<=\.) /)[0],
        fields: (d.attributes ?? []).map((a) => a.fieldName).filter(Boolean),
        // Attributes whose name is not their property's (`heading-level`), written as attributes.
        dashed: (d.attributes ?? []).filter((a) => a.name !== a.fieldName).map((a) => a.name),
        events: (d.events ?? []).map((e) => e.name),
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');

function imports(list) {
  const byPkg = new Map();
  for (const e of list) byPkg.set(e.pkg, [...(byPkg.get(e.pkg) ?? []), e.className]);
  return [...byPkg].map(([pkg, names]) => `import type { ${names.join(', ')} } from '${pkg}';`).join('\n');
}

const HEADER = (what) => `// ${what}.
// Generated from custom-elements.json by packages/devtools/src/framework-types.mjs (\`npm run build\`): do not edit.`;

/** A JSDoc block with the text wrapped under 100 characters (editors show it on hover). */
function doc(text) {
  const lines = [''];
  for (const word of text.replace(/\*\//g, '').split(' ')) {
    if (lines.at(-1).length + word.length > 96) lines.push('');
    lines[lines.length - 1] += `${lines.at(-1) ? ' ' : ''}${word}`;
  }
  return `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */`;
}

function entries(list) {
  const type = (e) => `Props<${e.className}, ${union(e.fields)}, ${union(e.dashed)}, ${union(e.events)}>`;
  return list.map((e) => `${doc(`\`<${e.tag}>\`: ${e.summary}`)}\n'${e.tag}': ${type(e)};`).join('\n');
}

export function reactTypes(manifest) {
  const list = elements(manifest);
  return `${HEADER('JSX types for React 19, which sets properties and listens to events on custom elements')}
// Use: \`import type {} from 'buurtkit/react';\` once in the app (or list it in tsconfig "types").
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(list)}

type Events = GlobalEventHandlersEventMap;

/** Properties (React 19 sets them), dashed attributes as strings, \`on<event-name>\` listeners. */
type Props<E, Field extends keyof E, Dashed extends string, Event extends keyof Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  Field
> &
  Partial<Pick<E, Field>> & { [A in Dashed]?: string | number } & {
    [K in Event as \`on\${K}\`]?: (event: Events[K]) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      ${entries(list)}
    }
  }
}
`;
}

export function vueTypes(manifest) {
  const list = elements(manifest);
  return `${HEADER('Template types for Vue 3 (with `isCustomElement` for `buurt-` tags)')}
// Use: \`import type {} from 'buurtkit/vue';\` once in the app; vue-tsc then checks templates.
import type { DefineComponent } from 'vue';
${imports(list)}

type Events = GlobalEventHandlersEventMap;
type Camel<S extends string> = S extends \`\${infer H}-\${infer T}\` ? \`\${H}\${Capitalize<Camel<T>>}\` : S;

/** Props (Vue camelizes \`heading-level\` to the property and sets it), \`@event-name\` listeners. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type Props<E, Field extends keyof E, Dashed extends string, Event extends keyof Events> = DefineComponent<
  Partial<Pick<E, Field>> & {
    [K in Event as \`on\${Capitalize<Camel<K & string>>}\`]?: (event: Events[K]) => void;
  }
>;

declare module 'vue' {
  interface GlobalComponents {
    ${entries(list)}
  }
}
`;
}

/** Both files, formatted as Prettier would (they are committed and checked). */
export async function frameworkTypes(manifest) {
  const options = { parser: 'typescript', ...JSON.parse(readFileSync(join(root, '.prettierrc.json'), 'utf8')) };
  return {
    [join(OUT, 'react.d.ts')]: await format(reactTypes(manifest), options),
    [join(OUT, 'vue.d.ts')]: await format(vueTypes(manifest), options),
  };
}

export async function writeFrameworkTypes() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const [file, text] of Object.entries(await frameworkTypes(manifest))) writeFileSync(file, text);
}

if (import.meta.url === `file://${process.argv[1]}`) await writeFrameworkTypes();
