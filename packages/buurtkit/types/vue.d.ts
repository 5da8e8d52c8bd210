// Template types for Vue 3 (with `isCustomElement` for `buurt-` tags).
// Generated from custom-elements.json by packages/devtools/src/framework-types.mjs (`npm run build`): do not edit.
// Use: `import type {} from 'buurtkit/vue';` once in the app; vue-tsc then checks templates.
import type { DefineComponent } from 'vue';
import type { BuurtConfigElement } from '@buurtkit/core';
import type { ContactFinder } from '@buurtkit/contact-finder';
import type { IdeaForm } from '@buurtkit/idea-form';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import type { PhaseTracker } from '@buurtkit/phase-tracker';

type Events = GlobalEventHandlersEventMap;
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/** Props (Vue camelizes `heading-level` to the property and sets it), `@event-name` listeners. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type Props<E, Field extends keyof E, Dashed extends string, Event extends keyof Events> = DefineComponent<
  Partial<Pick<E, Field>> & {
    [K in Event as `on${Capitalize<Camel<K & string>>}`]?: (event: Events[K]) => void;
  }
>;

declare module 'vue' {
  interface GlobalComponents {
    /**
     * `<buurt-config>`: Gives every Buurtkit element inside it the same API address and language.
     */
    'buurt-config': Props<BuurtConfigElement, 'api' | 'staticFolder' | 'lang' | 'geocoder', 'static', never>;
    /**
     * `<buurt-contact-finder>`: "Wie is mijn contactpersoon?": postcode and house number in, the one
     * right person at the municipality out.
     */
    'buurt-contact-finder': Props<
      ContactFinder,
      'theme' | 'municipality' | 'region' | 'geocoder' | 'headingLevel' | 'api' | 'staticFolder' | 'lang',
      'heading-level' | 'static',
      'buurt-contact-found' | 'buurt-error'
    >;
    /**
     * `<buurt-idea-form>`: Residents submit an idea for their neighbourhood in a few short steps, and
     * never lose what they typed.
     */
    'buurt-idea-form': Props<
      IdeaForm,
      | 'geocoder'
      | 'headingLevel'
      | 'responseDays'
      | 'retentionMonths'
      | 'mapTiles'
      | 'mapAttribution'
      | 'mapCenter'
      | 'mapZoom'
      | 'trackingUrl'
      | 'api'
      | 'staticFolder'
      | 'lang',
      | 'heading-level'
      | 'response-days'
      | 'retention-months'
      | 'map-tiles'
      | 'map-attribution'
      | 'map-center'
      | 'map-zoom'
      | 'tracking-url'
      | 'static',
      'buurt-idea-submitted' | 'buurt-draft-restored' | 'buurt-initiative-join' | 'buurt-error'
    >;
    /**
     * `<buurt-initiative-map>`: Residents browse the initiatives in their neighbourhood on a map and in
     * its list twin, filter and search them, and open one to see where it stands.
     */
    'buurt-initiative-map': Props<
      InitiativeMap,
      | 'center'
      | 'zoom'
      | 'theme'
      | 'phase'
      | 'tiles'
      | 'attribution'
      | 'geocoder'
      | 'municipality'
      | 'deepLink'
      | 'ideaHref'
      | 'headingLevel'
      | 'clustering'
      | 'apis'
      | 'region'
      | 'api'
      | 'staticFolder'
      | 'lang',
      'deep-link' | 'idea-href' | 'heading-level' | 'static',
      'buurt-initiative-select' | 'buurt-filter-change' | 'buurt-error'
    >;
    /**
     * `<buurt-phase-tracker>`: Where an initiative stands, since when, and what residents may expect
     * from the municipality in each phase.
     */
    'buurt-phase-tracker': Props<
      PhaseTracker,
      'initiative' | 'reference' | 'model' | 'layout' | 'geocoder' | 'headingLevel' | 'api' | 'staticFolder' | 'lang',
      'heading-level' | 'static',
      'buurt-take-part' | 'buurt-nearby-select' | 'buurt-error'
    >;
  }
}
