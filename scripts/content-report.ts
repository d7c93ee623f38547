// How `npm run check` and `npm run build` report invalid content: the plain text for people and,
// inside GitHub Actions (GITHUB_ACTIONS=true) or with `--format github`, an annotation per problem
// too; `--format plain` forces the plain text alone. When GITHUB_STEP_SUMMARY names a file, every
// problem is also appended to it as a Markdown table (GitHub shows at most ten annotations a step).
import { appendFileSync, existsSync, statSync } from "node:fs";
import type { ContentError } from "../src/content/errors.ts";
import { contentReport, reportFormat, type ReportFormat } from "../src/content/report.ts";
import { option } from "./cli.ts";

/** The report format of this run, from `--format` and the environment; exits with 2 on an unknown one. */
export function formatOf(args: readonly string[]): ReportFormat {
  try {
    return reportFormat(option(args, "format"), process.env.GITHUB_ACTIONS === "true");
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

/** Print the problems of `error` in `format`, and append them to the job summary when there is one. */
export function reportContentError(error: ContentError, format: ReportFormat, command: string, after: readonly string[] = []): void {
  const report = contentReport(error.problems, { format, command, text: error.message, after });
  process.stdout.write(report.stdout);
  process.stderr.write(report.stderr);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) {
    const separated = existsSync(summary) && statSync(summary).size > 0;
    appendFileSync(summary, (separated ? "\n" : "") + report.summary);
  }
}
