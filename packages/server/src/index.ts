export { buildApp, type ServerOptions } from './app.js';
export { openDatabase, type Db } from './db/index.js';
export { seedDemo, seedReference, seedAreas } from './seed/index.js';
export { seedBulk } from './seed/bulk.js';
export { eraseExpiredContacts } from './store/ideas.js';
export { startServer, parseArgs, type StartOptions } from './start.js';
