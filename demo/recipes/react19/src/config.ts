// Where the API and the address search are, set when the app is built:
// `VITE_BUURTKIT_API=https://gemeente.example/api/v1 npm run build`. Without a geocoder the
// widgets use PDOK's.
export const API: string = import.meta.env.VITE_BUURTKIT_API ?? 'http://localhost:8787/api/v1';
export const GEOCODER: string | undefined = import.meta.env.VITE_BUURTKIT_GEOCODER || undefined;
