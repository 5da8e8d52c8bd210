#!/usr/bin/env node
// The reference server is written in TypeScript and run through tsx, so there is no
// separate build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main(process.argv.slice(2));
