// Command-line options shared by the scripts: `--name=value` or `--name value`.

/** The value of `--name` in `args`, or undefined when it is absent. */
export function option(args: readonly string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = args[i]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[i + 1];
}
