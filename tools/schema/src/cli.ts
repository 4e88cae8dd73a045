import 'reflect-metadata';
import { writeSchemas } from './schema-files';

// `npm run schema`: regenerate the committed SDL files and the supergraph after a schema change.
writeSchemas()
  .then((written) => {
    for (const path of written) console.log(`wrote ${path}`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
