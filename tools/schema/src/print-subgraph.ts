import 'reflect-metadata';
import { printAppSdl } from './print-app-sdl';
import { subgraphNamed } from './subgraphs';

// Prints one subgraph's SDL to stdout, in a process of its own (see SubgraphSource.build).
printAppSdl(subgraphNamed(process.argv[2] ?? ''))
  .then((sdl) => {
    process.stdout.write(sdl);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
