export { buildApp, type ServerOptions } from './app.js';
export { AUTH_THROTTLE } from './auth/staff.js';
export { openDatabase, type Db } from './db/index.js';
export { seedDemo, seedReference, seedAreas } from './seed/index.js';
export { seedBulk } from './seed/bulk.js';
export { eraseExpiredContacts, eraseExpiredPhotos } from './store/ideas.js';
export { DbPhotoStore, DiskPhotoStore, type PhotoStore } from './photos/store.js';
export { sanitizePhoto } from './photos/sanitize.js';
export { startServer, parseArgs, type StartOptions } from './start.js';
