#!/usr/bin/env node
// Written in TypeScript and run through tsx, like the reference server: no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
