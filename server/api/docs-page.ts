// The readable API page, rendered on the server from the OpenAPI document: no scripts, no CDN, one inline
// stylesheet allowed by its hash in a strict Content-Security-Policy.
import { createHash } from 'node:crypto';

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

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Escaped prose with `code` spans, as the descriptions in the contract are written. */
function prose(text: string | undefined): string {
  return escape(text ?? '').replace(/`([^`]+)`/g, '<code>$1</code>');
}

function refName(ref: string): string {
  return ref.split('/').pop() ?? ref;
}

/** A short, readable type: `AnswerSummary[]`, `"ok" | "degraded"`, `string`. */
export function typeOf(schema: SchemaObject | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return `<a href="#schema-${escape(refName(schema.$ref))}">${escape(refName(schema.$ref))}</a>`;
  if (schema.enum) return schema.enum.map((v) => `<code>${escape(JSON.stringify(v))}</code>`).join(' | ');
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return variants.map(typeOf).join(' or ');
  if (schema.allOf) return schema.allOf.map(typeOf).join(' and ');
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  if (schema.properties) return `{ ${Object.keys(schema.properties).map(escape).join(', ')} }`;
  if (typeof schema.additionalProperties === 'object') return `map of ${typeOf(schema.additionalProperties)}`;
  return escape([schema.type ?? 'any'].flat().join(' | '));
}

function propertyRows(schema: SchemaObject): string {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([name, prop]) => `<tr><td><code>${escape(name)}</code>${required.has(name) ? '' : ' (optional)'}</td><td>${typeOf(prop)}</td><td>${prose(prop.description)}</td></tr>`)
    .join('');
}

const FIELDS_HEAD = '<tr><th>Field</th><th>Type</th><th>Meaning</th></tr>';

function schemaBody(schema: SchemaObject): string {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return variants.map((v, i) => `<p>Variant ${i + 1}:</p><table>${FIELDS_HEAD}${propertyRows(v)}</table>`).join('');
  // An extended object (Flow = FlowSummary + start and nodes): name the base, then list the added fields.
  if (schema.allOf) return schema.allOf.map((part) => (part.$ref ? `<p>Every field of ${typeOf(part)}, and:</p>` : schemaBody(part))).join('');
  if (schema.properties) return `<table>${FIELDS_HEAD}${propertyRows(schema)}</table>`;
  return `<p>${typeOf(schema)}</p>`;
}

function schemaSection(name: string, schema: SchemaObject): string {
  const body = schemaBody(schema);
  return `<h3 id="schema-${escape(name)}">${escape(name)}</h3>${schema.description ? `<p>${prose(schema.description)}</p>` : ''}${body}`;
}

function operationSection(base: string, path: string, method: string, op: Operation): string {
  const url = `${base}${path}`.replace(/\{(\w+)\}/g, ':$1');
  const params = (op.parameters ?? [])
    .map((p) => `<tr><td><code>${escape(p.name)}</code>${p.required ? '' : ' (optional)'}</td><td>${escape(p.in)}</td><td>${typeOf(p.schema)}</td><td>${prose(p.description)}</td></tr>`)
    .join('');
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => `<li><strong>${escape(status)}</strong> ${typeOf(r.content?.['application/json']?.schema)} — ${prose(r.description)}</li>`)
    .join('');
  return `<h2 id="${escape(method + url)}"><span class="method">${escape(method.toUpperCase())}</span> <code>${escape(url)}</code></h2>
<p><strong>${prose(op.summary)}</strong>. ${prose(op.description)}</p>
${params ? `<table><tr><th>Parameter</th><th>In</th><th>Type</th><th>Meaning</th></tr>${params}</table>` : ''}
<ul>${responses}</ul>`;
}

export function renderDocsPage(doc: OpenApiDocument): string {
  const base = doc.servers?.[0]?.url ?? '';
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => operationSection(base, path, method, op)),
  );
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => schemaSection(name, schema));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)} ${escape(doc.info.version)}</title><style>${STYLE}</style></head>
<body><main><h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1>
<p>${prose(doc.info.description)}</p>
<p>Machine-readable: <a href="${escape(base)}/openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
${operations.join('\n')}
<h2 id="schemas">Objects</h2>
${schemas.join('\n')}
</main></body></html>`;
}
