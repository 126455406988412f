/** A problem with one source file, named precisely enough for an editor to fix it. */
export interface Problem {
  file: string;
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return problem.field ? `${problem.file}: ${problem.field}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Thrown when content is bad: the build stops and prints every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `${problems.length === 1 ? "1 problem" : `${problems.length} problems`} in the articles:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
