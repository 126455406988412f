/** A problem with one source file, named precisely enough for an editor to fix it. */
export interface Problem {
  file: string;
  /** The line of the file the problem is on, when it is on one (front matter). */
  line?: number;
  field?: string;
  message: string;
}

/** `file:line: field: message`, the form editors and terminals turn into a link to the line. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Thrown when content is bad: the build stops and prints every problem, one per line. */
export class ContentError extends Error {
  /** `warnings`: files that were not read (named, but they do not stop a build). */
  constructor(
    readonly problems: readonly Problem[],
    readonly warnings: readonly Problem[] = [],
  ) {
    super(
      `${problems.length === 1 ? "1 problem" : `${problems.length} problems`} in the articles:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
