#!/usr/bin/env node
// The `codeberta` command. The CLI is TypeScript sharing src/core with the studio; tsx compiles it on the fly
// so there is no separate build step between a fresh clone and a working command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
// Exit explicitly: tfjs-wasm's pthread workers would otherwise keep Node alive after the command is done —
// but only once stdout and stderr are flushed (writes to a pipe are asynchronous).
const code = await main(process.argv.slice(2));
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
