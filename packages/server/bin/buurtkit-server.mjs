#!/usr/bin/env node
// The reference server is written in TypeScript and run through tsx, so there is no
// separate build step to forget.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// V8 moves an allocation site's objects straight to the old generation once many of them
// survive a young collection. A list answer's features made while PostgreSQL is awaited get
// there this way and are then garbage in the old generation: with fifty municipalities on
// PostgreSQL the heap grew from 180 to 540 MB in a 10-second load test and every young
// collection took twice as long (3.3 ms instead of 1.6 ms). Answers live for a request;
// none of the server's objects gain from it. Set before anything else is loaded.
setFlagsFromString('--no-allocation-site-pretenuring');
// Lets the server ask for one full collection after its start-up warm-up (`start.ts`); only a
// new V8 context sees `gc`, so no global appears for the server's own code.
setFlagsFromString('--expose-gc');
register();
const { main } = await import('../src/cli.ts');
await main(process.argv.slice(2));
