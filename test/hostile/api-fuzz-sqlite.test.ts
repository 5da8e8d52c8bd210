import { fuzzSuite } from './api-fuzz.ts';

// One file per database, so the test runner fuzzes both at once.
fuzzSuite('sqlite');
