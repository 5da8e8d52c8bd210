// JSX types for React 19, which sets properties and listens to events on custom elements.
// Generated from custom-elements.json by packages/devtools/src/framework-types.mjs (`npm run build`): do not edit.
// Use: `import type {} from 'buurtkit/react';` once in the app (or list it in tsconfig "types").
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BuurtConfigElement } from '@buurtkit/core';
import type { ContactFinder } from '@buurtkit/contact-finder';
import type { IdeaForm } from '@buurtkit/idea-form';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import type { PhaseTracker } from '@buurtkit/phase-tracker';

type Events = GlobalEventHandlersEventMap;

/** Properties (React 19 sets them), dashed attributes as strings, `on<event-name>` listeners. */
type Props<E, Field extends keyof E, Dashed extends string, Event extends keyof Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  Field
> &
  Partial<Pick<E, Field>> & { [A in Dashed]?: string | number } & {
    [K in Event as `on${K}`]?: (event: Events[K]) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
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
}
