// Owns the banner's code text: turning a workshop call into highlighted Python-like token lines.

export type TokenKind = "fn" | "param" | "operator" | "string" | "constant" | "punct";

export interface Token {
  kind: TokenKind;
  text: string;
}

export type CodeLine = Token[];

export interface CallArg {
  name: string;
  /** A text is written as a string literal, a flag as `True` or `False`. */
  value: string | boolean;
}

const INDENT = "    ";

/** A Python single-quoted string literal for `value`, with quotes, backslashes and control characters escaped. */
export function pythonString(value: string): string {
  const body = value.replace(/[\\'\u0000-\u001f\u007f]/g, (c) => {
    if (c === "\\") return "\\\\";
    if (c === "'") return "\\'";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `'${body}'`;
}

function argTokens(arg: CallArg): Token[] {
  return [
    { kind: "param", text: arg.name },
    { kind: "operator", text: "=" },
    typeof arg.value === "boolean" ? { kind: "constant", text: arg.value ? "True" : "False" } : { kind: "string", text: pythonString(arg.value) },
  ];
}

/** The whole call on one line: `Call(a='x', b='y')`. */
export function singleLineCall(call: string, args: readonly CallArg[]): CodeLine[] {
  const line: Token[] = [
    { kind: "fn", text: call },
    { kind: "punct", text: "(" },
  ];
  args.forEach((arg, i) => {
    if (i > 0) line.push({ kind: "punct", text: ", " });
    line.push(...argTokens(arg));
  });
  line.push({ kind: "punct", text: ")" });
  return [line];
}

/** One argument per line with a trailing comma, closing parenthesis on its own line. */
export function multiLineCall(call: string, args: readonly CallArg[]): CodeLine[] {
  if (args.length === 0) return singleLineCall(call, args);
  return [
    [
      { kind: "fn", text: call },
      { kind: "punct", text: "(" },
    ],
    ...args.map((arg): CodeLine => [{ kind: "punct", text: INDENT }, ...argTokens(arg), { kind: "punct", text: "," }]),
    [{ kind: "punct", text: ")" }],
  ];
}

/** Plain text of a line, as it would be typed. */
export function lineText(line: CodeLine): string {
  return line.map((t) => t.text).join("");
}
