/**
 * One description of why a build failed, for `npm run build` and `npm start` alike.
 * Eleventy wraps what a template or event throws in its own errors (`originalError`, or
 * `cause`), whose messages say only where; the error that says what is the innermost.
 */
interface ErrorChain {
  name?: string;
  message?: string;
  stack?: string;
  originalError?: unknown;
  cause?: unknown;
}

/** Errors whose message is all an editor needs: file, line and field, or what Pagefind did. No stack trace. */
const EXPLAINED = new Set(["ContentError", "SearchIndexError"]);

export function describeBuildFailure(error: unknown): string {
  const chain: ErrorChain[] = [];
  for (let current = error; current && typeof current === "object" && chain.length < 20; ) {
    const link = current as ErrorChain;
    if (link.name && EXPLAINED.has(link.name)) return link.message ?? String(link);
    chain.push(link);
    current = link.originalError ?? link.cause;
  }
  const innermost = chain.at(-1);
  if (!innermost) return String(error);
  // A bug in the site's code: where Eleventy met it, then the original error with its stack.
  const outer = chain.length > 1 ? `${chain[0]!.message}\n` : "";
  return outer + (innermost.stack ?? innermost.message ?? String(innermost));
}
