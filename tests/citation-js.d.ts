/** @citation-js/core ships no types; what the tests use of it. */
declare module "@citation-js/core" {
  export class Cite {
    static async(data: unknown): Promise<Cite>;
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-ris";
