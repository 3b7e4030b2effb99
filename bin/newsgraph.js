#!/usr/bin/env node
// Installed entry point: runs the TypeScript sources through tsx so `newsgraph` and `npm run kg` are the same program.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
