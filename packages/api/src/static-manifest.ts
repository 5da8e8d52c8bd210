/**
 * What a static folder is (see `static-folder.ts`): its files, its manifest and the rule for
 * its idea address. Constants and types only, so the widgets that need just these (the idea
 * form, the API client) do not carry the folder's answering code.
 */
/** The files of a folder, relative to it. */
export const STATIC_FILES = {
  manifest: 'buurtkit.json',
  /** Every initiative's summary, newest first: a GeoJSON FeatureCollection (QGIS opens it as it is). */
  initiatives: 'initiatives.json',
  initiative: (id: number) => `initiatives/${id}.json`,
  phaseModels: 'phase-models.json',
  themes: 'themes.json',
  /** The CBS areas with their boundaries. */
  areas: 'areas.json',
  /** The contact persons with the areas and themes they cover (what the rule needs). */
  contacts: 'contacts.json',
} as const;

/** Where a widget reads the manifest, below the folder as below an API's base. */
export const MANIFEST_PATH = `/${STATIC_FILES.manifest}`;

export const STATIC_FORMAT = 'buurtkit-static';
export const STATIC_VERSION = 1;

/**
 * What an `ideaMail` must look like: a plain address, which the idea form may put into a
 * `mailto:` link as it is (no `?`, `&`, `:` or spaces to smuggle other fields in).
 */
export const IDEA_MAIL = /^[\w.+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** `buurtkit.json`: what the folder is, when it was made, and where ideas go instead of a server. */
export type StaticManifest = {
  format: typeof STATIC_FORMAT;
  version: number;
  /** When it was exported (ISO 8601): the folder is as fresh as that. */
  generated: string;
  /** The version of the contract the files follow. */
  contract: string;
  /** The address the idea form offers to mail an idea to, or null (the form then says it cannot send). */
  ideaMail: string | null;
};
