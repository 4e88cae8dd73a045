// file-type is ESM-only with an `exports` map, which `moduleResolution: node10` cannot read;
// these are the parts of its API the project uses (Node 24 loads it through require(esm)).
declare module 'file-type' {
  export interface FileTypeResult {
    ext: string;
    mime: string;
  }
  export function fileTypeFromBuffer(buffer: Uint8Array | ArrayBuffer): Promise<FileTypeResult | undefined>;
}
