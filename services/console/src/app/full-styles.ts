// Every Mantine component's styles, in the `mantine` cascade layer: loaded with the first lazily
// loaded screen (see entry-styles.ts for what the first screen gets at once).
import '@mantine/core/styles.layer.css';
