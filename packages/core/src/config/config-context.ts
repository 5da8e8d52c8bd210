import { createContext } from '@lit/context';

/** What `<buurt-config>` hands down to every Buurtkit element below it. */
export interface BuurtConfig {
  /** Base URL of the Buurtkit API, e.g. `https://gemeente.example/api/v1`. */
  api?: string;
  /** `api` is a static folder (`buurtkit-server export-static`), not a server. */
  static?: boolean;
  /** Language for the widgets: `nl`, `en` or `fy`. */
  lang?: string;
  /** Base URL of the geocoder (PDOK Locatieserver v3_1 by default). */
  geocoder?: string;
}

// A string key, not a Symbol: two copies of Buurtkit on one page still find each other's config.
export const configContext = createContext<BuurtConfig>('buurtkit-config');
