// The plain-text list format: a title line followed by its abstract line, repeated. Lines that are
// page furniture rather than papers (newsletter prompts, "Subscribe", "new", bylines, bare dates)
// are dropped, also when "Subscribe" is glued to the start of a title.
import { clean, ImportError, type ParseResult } from "./types.ts";

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
const CHROME: RegExp[] = [
  /^get trending papers in your email inbox/i,
  /^subscribe$/i,
  /^new$/i,
  /^by\S* and the research community$/i,
  new RegExp(`^(${MONTHS})[a-z]*\\.? \\d{1,2}(, \\d{4})?$`, "i"),
  /^\d{4}-\d{2}-\d{2}$/,
];

/** A title is short; an abstract is long, or a finished sentence of some length. */
const MAX_TITLE = 200;

function isProse(line: string): boolean {
  return line.length > MAX_TITLE || (line.length > 100 && /[.]$/.test(line) && /\. [A-Z]/.test(line));
}

function isChrome(line: string): boolean {
  return CHROME.some((re) => re.test(line));
}

export function parseText(text: string, file: string): ParseResult {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, text: clean(raw.replace(/^Subscribe(?=[A-Z0-9])/, "")) ?? "" }))
    .filter((l) => l.text !== "" && !isChrome(l.text));
  const result: ParseResult = { records: [], skipped: [] };
  const problems = [];
  for (let i = 0; i < lines.length; i++) {
    const title = lines[i]!;
    if (isProse(title.text)) {
      problems.push({ record: `${file} line ${title.line}`, field: "title", message: `is missing: this line is ${title.text.length} characters long and reads as an abstract without a title line before it` });
      continue;
    }
    const next = lines[i + 1];
    const abstract = next && isProse(next.text) ? next.text : undefined;
    if (abstract) i++;
    result.records.push({ label: `${file} line ${title.line}`, title: title.text, ...(abstract ? { abstract } : {}) });
  }
  if (problems.length > 0) throw new ImportError(problems);
  if (result.records.length === 0) throw new ImportError([{ record: file, field: "", message: "holds no title lines" }]);
  return result;
}
