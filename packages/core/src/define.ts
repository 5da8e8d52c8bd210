import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { buurtkitVersion?: string };

let warned = false;

/**
 * Registers a Buurtkit element unless the tag is taken. Pages often end up with two
 * copies of a library (two site modules, each with its own bundle): the second copy
 * must not throw. The same version stays silent; another version warns once per copy.
 */
export function defineElement(tag: string, element: CustomElementConstructor, version: string = VERSION): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    (element as Versioned).buurtkitVersion = version;
    customElements.define(tag, element);
    return;
  }
  if (existing.buurtkitVersion === version || warned) return;
  warned = true;
  console.warn(
    `Buurtkit ${version}: <${tag}> is already defined by ${
      existing.buurtkitVersion ? `Buurtkit ${existing.buurtkitVersion}` : 'another script'
    }; ` + 'this copy uses the elements already on the page. Load one copy of Buurtkit to avoid surprises.',
  );
}
