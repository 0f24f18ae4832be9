/** Where the assembled kernels are written. */
export const OUTPUT: string;
/** The TypeScript module the script writes: the kernels assembled from scripts/kernels/*.mjs. */
export function generatedSource(): Promise<string>;
