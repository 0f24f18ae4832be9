#!/usr/bin/env node
// The `codeberta` command. The CLI is TypeScript sharing src/core with the studio; tsx compiles it on the fly
// so there is no separate build step between a fresh clone and a working command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
