// Imports run down the layers of src/ (.dependency-cruiser.cjs): dependency-cruiser finds every
// import, type-only ones included, that runs up.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const config = join(root, ".dependency-cruiser.cjs");
const cli = join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Cruises `src/` under `cwd` with the project's rules and returns the violations. */
async function violations(cwd: string): Promise<Violation[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [cli, "src", "--config", config, "--output-type", "json"], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

test("no module of src/ imports a higher layer", async () => {
  const found = await violations(root);
  assert.deepEqual(
    found.map((v) => `${v.from} -> ${v.to} (${v.rule.name})`),
    [],
  );
});

test("the rules catch an import that runs up, a type-only one included", async () => {
  const dir = await mkdtemp(join(tmpdir(), "colloquy-layers-"));
  try {
    const files: Record<string, string> = {
      "src/config/top.ts": `export const top = 1;\n`,
      "src/lib/up.ts": `import type { Top } from "../render/context.ts";\nexport type T = Top;\n`,
      "src/render/context.ts": `export interface Top { a: number }\n`,
      "src/content/up.ts": `import { top } from "../config/top.ts";\nexport const x = top;\n`,
      "src/components/up.ts": `import { top } from "../layouts/shell.ts";\nexport const x = top;\n`,
      "src/layouts/shell.ts": `import { x } from "../components/down.ts";\nexport const top = x;\n`,
      "src/components/down.ts": `import type { Top } from "../render/context.ts";\nexport const x: Top = { a: 1 };\n`,
      "src/client/up.ts": `import type { Top } from "../render/context.ts";\nexport type T = Top;\n`,
      "src/extra/unknown.ts": `export const y = 1;\n`,
      "src/pages/down.ts": `import { y } from "../extra/unknown.ts";\nexport const z = y;\n`,
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const found = (await violations(dir)).map((v) => `${v.from} -> ${v.to} (${v.rule.name})`).sort();
    assert.deepEqual(found, [
      "src/client/up.ts -> src/render/context.ts (client-only-lib)",
      "src/components/up.ts -> src/layouts/shell.ts (layer-components-seo)",
      "src/content/up.ts -> src/config/top.ts (layer-content)",
      "src/lib/up.ts -> src/render/context.ts (layer-lib)",
      "src/pages/down.ts -> src/extra/unknown.ts (unlayered-folder)",
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
