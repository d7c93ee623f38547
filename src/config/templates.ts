// Pages are TypeScript modules (`*.11ty.ts`) run by Eleventy's JavaScript engine; no other
// template language is used, so no template syntax in content is ever interpreted.
import type UserConfig from "@11ty/eleventy/UserConfig";

export function templates(config: UserConfig): void {
  config.addExtension("11ty.ts", { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
}
