import { fuzzSuite } from './api-fuzz.ts';

// One file per database, so the test runner fuzzes both at once. SQLite fuzzes one of two
// municipalities on one server (the other must not change); PostgreSQL the bare /api/v1.
fuzzSuite('sqlite', { tenants: true });
