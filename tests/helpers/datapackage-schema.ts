/**
 * The constraints of the Frictionless Data Package v1 JSON Schema (specs.frictionlessdata.io,
 * profiles `data-package` and `data-resource`, with Table Schema's field types) that apply to
 * what the archive publishes, written out by hand: no network in tests, and no package of the
 * profiles in node_modules.
 */
const NAME = "^([-a-z0-9._/])+$";

const field = {
  type: "object",
  required: ["name"],
  properties: {
    name: { type: "string", minLength: 1 },
    type: { enum: ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"] },
    format: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
  },
} as const;

export const dataPackageSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  required: ["resources"],
  properties: {
    profile: { type: "string" },
    name: { type: "string", pattern: NAME },
    title: { type: "string" },
    description: { type: "string" },
    homepage: { type: "string", format: "uri" },
    resources: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name", "path"],
        properties: {
          name: { type: "string", pattern: NAME },
          // A POSIX path relative to the package, never absolute, never climbing out of it.
          path: { type: "string", pattern: "^(?!/)(?!.*\\.\\./)(?!\\.\\.$)[^\\\\]+$" },
          profile: { type: "string" },
          format: { type: "string" },
          mediatype: { type: "string", pattern: "^(.+)/(.+)$" },
          encoding: { type: "string" },
          bytes: { type: "integer" },
          hash: { type: "string", pattern: "^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$" },
          dialect: {
            type: "object",
            properties: { delimiter: { type: "string", minLength: 1 }, quoteChar: { type: "string" }, doubleQuote: { type: "boolean" }, header: { type: "boolean" } },
          },
          schema: {
            type: "object",
            required: ["fields"],
            properties: {
              fields: { type: "array", minItems: 1, items: field },
              primaryKey: { type: "array", items: { type: "string" } },
              missingValues: { type: "array", items: { type: "string" } },
            },
          },
        },
      },
    },
  },
} as const;
