/**
 * The bench's floor: Eleventy with its defaults (Markdown templates, Liquid preprocessing,
 * front matter tags as collections, default permalinks) rendering the same articles through
 * one minimal layout. No lists, no feeds, no index. Plain JavaScript on purpose, so the floor
 * runs on Eleventy's own CLI without the TypeScript loader our build uses.
 */
export default function (eleventyConfig) {
  eleventyConfig.addTemplate(
    "_includes/floor.liquid",
    `<!doctype html>
<html lang="{{ lang | default: "en" }}">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>
{{ content }}
</main></body>
</html>
`,
  );
  eleventyConfig.addGlobalData("layout", "floor.liquid");
}
