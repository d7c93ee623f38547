// The layers of src/, lowest first. A module may import its own layer and the layers below it,
// never one above (type-only imports count too). Checked by tests/unit/layers.test.ts.
const LAYERS = [
  ["lib"], // pure helpers that know nothing of the content model
  ["schemas"], // one zod schema per content file
  ["content"], // reading, validating and cross-checking content; the model and what follows from it
  ["images"], // the sharp pipeline: banners, portraits, share images, logo and favicon
  ["render"], // the render context (model, edition, URLs, images, formats, texts) and what is derived from it
  ["components", "seo"], // (props) => html pieces; head tags, JSON-LD, sitemap
  ["layouts"], // the page shell
  ["pages"], // the page framework and one module per page type
  ["config"], // the Eleventy plugins that wire it all
];

const dirs = (names) => `^src/(${names.join("|")})/`;

const layerRules = LAYERS.slice(0, -1).map((own, i) => ({
  name: `layer-${own.join("-")}`,
  comment: `${own.join(" and ")} may not import a higher layer`,
  severity: "error",
  from: { path: dirs(own) },
  to: { path: dirs(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "client-only-lib",
      comment: "browser scripts may import only the pure helpers of src/lib/",
      severity: "error",
      from: { path: "^src/client/" },
      to: { path: "^src/", pathNot: "^src/(client|lib)/" },
    },
    {
      name: "importers-stand-aside",
      comment: "the importers read and write content files: lib, schemas and content only",
      severity: "error",
      from: { path: "^src/importers/" },
      to: { path: "^src/", pathNot: "^src/(importers|lib|schemas|content)/" },
    },
    {
      name: "nothing-imports-tools",
      comment: "the engine never imports the browser scripts or the importers",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(client|importers)/" },
      to: { path: "^src/(client|importers)/" },
    },
    {
      name: "unlayered-folder",
      comment: "every folder of src/ belongs to a layer (add a new one to LAYERS)",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/", pathNot: `${dirs([...LAYERS.flat(), "client", "importers"])}` },
    },
  ],
  options: {
    parser: "swc",
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
  },
};
