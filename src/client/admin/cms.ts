// The admin page's script, loaded before the CMS bundle: it holds the CMS back until the content
// formats are registered, then starts it. Each YAML kind has its own format, so the editor can
// show a list- or map-rooted file as named fields (src/lib/cms-shapes.ts) and write it back in
// the shape the schemas expect, keeping the file's leading comment.
import { fromEditor, readYamlText, toEditor, writeYamlText, type CmsShape } from "../../lib/cms-shapes.ts";

/** The shapes by format name, put in by the build (src/content/cms-config.ts `cmsShapes()`). */
declare const CMS_SHAPES: Record<string, CmsShape>;

interface CmsGlobal {
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  init(): void;
}

const win = window as unknown as { CMS_MANUAL_INIT?: boolean; CMS?: CmsGlobal };
win.CMS_MANUAL_INIT = true;

/** The comment block a file starts with, kept in the entry under this key (never written as data). */
const COMMENT = "__file_comment";

function formatter(shape: CmsShape) {
  return {
    fromFile(text: string): unknown {
      const { value, comment } = readYamlText(text);
      const data: Record<string, unknown> = toEditor(value, shape);
      if (comment) data[COMMENT] = comment;
      return data;
    },
    toFile(data: unknown): string {
      const { [COMMENT]: comment, ...rest } = (data ?? {}) as Record<string, unknown>;
      return writeYamlText(fromEditor(rest, shape), typeof comment === "string" ? comment : undefined);
    },
  };
}

document.addEventListener("DOMContentLoaded", () => {
  const cms = win.CMS;
  if (!cms) return;
  for (const [name, shape] of Object.entries(CMS_SHAPES)) cms.registerCustomFormat(name, "yaml", formatter(shape));
  cms.init();
});
