// The readable API page, rendered on the server from the OpenAPI document: no scripts, no CDN, one inline
// stylesheet allowed by its hash in a strict Content-Security-Policy.
import { createHash } from 'node:crypto';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { pageText } from '../http/html-page.ts';

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: SchemaObject;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  properties?: Record<string, SchemaObject>;
  additionalProperties?: SchemaObject | boolean;
  required?: string[];
  description?: string;
  maxLength?: number;
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: SchemaObject }[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: SchemaObject }> }>;
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1b1b1b}
h2{margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}code{background:#f2f2f2;padding:0 .25em;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:start;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #e3e3e3}
.method{font-weight:bold;color:#00594f}a{color:#0b5cad}`;

/** The page's Content-Security-Policy: only its own inline stylesheet, by hash; nothing else at all. */
export const DOCS_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** `items` with `separator` between them (hono/html flattens the array). */
const joined = (items: readonly (Html | string)[], separator: string) =>
  items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));

/** Prose with `code` spans, as the descriptions in the contract are written: odd parts of the split are code. */
function prose(text: string | undefined) {
  return (text ?? '').split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part));
}

function refName(ref: string): string {
  return ref.split('/').pop() ?? ref;
}

/** A short, readable type: `AnswerSummary[]`, `"ok" | "degraded"`, `string`. */
function typeOf(schema: SchemaObject | undefined): Html | string | (Html | string)[] {
  if (!schema) return 'any';
  if (schema.$ref) return html`<a href="#schema-${refName(schema.$ref)}">${refName(schema.$ref)}</a>`;
  if (schema.enum)
    return joined(
      schema.enum.map((v) => html`<code>${JSON.stringify(v)}</code>`),
      ' | ',
    );
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants)
    return joined(
      variants.map((v) => html`${typeOf(v)}`),
      ' or ',
    );
  if (schema.allOf)
    return joined(
      schema.allOf.map((v) => html`${typeOf(v)}`),
      ' and ',
    );
  if (schema.type === 'array') return html`${typeOf(schema.items)}[]`;
  if (schema.properties) return `{ ${Object.keys(schema.properties).join(', ')} }`;
  if (typeof schema.additionalProperties === 'object') return html`map of ${typeOf(schema.additionalProperties)}`;
  return [schema.type ?? 'any'].flat().join(' | ');
}

function propertyRows(schema: SchemaObject) {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(
    ([name, prop]) =>
      html`<tr><td><code>${name}</code>${required.has(name) ? '' : ' (optional)'}</td><td>${typeOf(prop)}</td><td>${prose(prop.description)}</td></tr>`,
  );
}

const FIELDS_HEAD = html`<tr><th>Field</th><th>Type</th><th>Meaning</th></tr>`;

function schemaBody(schema: SchemaObject): Html | Html[] {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants)
    return variants.map((v, i) => html`<p>Variant ${i + 1}:</p><table>${FIELDS_HEAD}${propertyRows(v)}</table>`);
  // An extended object (Flow = FlowSummary + start and nodes): name the base, then list the added fields.
  if (schema.allOf)
    return schema.allOf.map((part) =>
      part.$ref ? html`<p>Every field of ${typeOf(part)}, and:</p>` : html`${schemaBody(part)}`,
    );
  if (schema.properties) return html`<table>${FIELDS_HEAD}${propertyRows(schema)}</table>`;
  return html`<p>${typeOf(schema)}</p>`;
}

function schemaSection(name: string, schema: SchemaObject) {
  return html`<h3 id="schema-${name}">${name}</h3>${schema.description && html`<p>${prose(schema.description)}</p>`}${schemaBody(schema)}`;
}

function operationSection(base: string, path: string, method: string, op: Operation) {
  const url = `${base}${path}`.replace(/\{(\w+)\}/g, ':$1');
  const params = (op.parameters ?? []).map(
    (p) =>
      html`<tr><td><code>${p.name}</code>${p.required ? '' : ' (optional)'}</td><td>${p.in}</td><td>${typeOf(p.schema)}</td><td>${prose(p.description)}</td></tr>`,
  );
  const responses = Object.entries(op.responses ?? {}).map(
    ([status, r]) =>
      html`<li><strong>${status}</strong> ${typeOf(r.content?.['application/json']?.schema)} — ${prose(r.description)}</li>`,
  );
  return html`<h2 id="${method + url}"><span class="method">${method.toUpperCase()}</span> <code>${url}</code></h2>
<p><strong>${prose(op.summary)}</strong>. ${prose(op.description)}</p>
${params.length > 0 && html`<table><tr><th>Parameter</th><th>In</th><th>Type</th><th>Meaning</th></tr>${params}</table>`}
<ul>${responses}</ul>`;
}

export function renderDocsPage(doc: OpenApiDocument): string {
  const base = doc.servers?.[0]?.url ?? '';
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => operationSection(base, path, method, op)),
  );
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => schemaSection(name, schema));
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} ${doc.info.version}</title><style>${raw(STYLE)}</style></head>
<body><main><h1>${doc.info.title} <small>${doc.info.version}</small></h1>
<p>${prose(doc.info.description)}</p>
<p>Machine-readable: <a href="${base}/openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
${joined(operations, '\n')}
<h2 id="schemas">Objects</h2>
${joined(schemas, '\n')}
</main></body></html>`;
  return pageText(page);
}
