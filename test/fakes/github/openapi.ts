// Checks a response body against GitHub's own OpenAPI description of api.github.com (from
// @octokit/openapi), so the fake answers in the shapes real clients are written against.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { repoRoot } from '../../harness/index.js';

// ajv-formats is CommonJS with a default export; under both module systems take the function.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

type Json = Record<string, unknown>;

interface OpenApiDocument {
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
}

let spec: OpenApiDocument | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * OpenAPI 3.0 `nullable: true` as JSON Schema: `anyOf: [{type: 'null'}, the rest]`. ajv knows
 * `nullable` only next to `type`, and GitHub's description also puts it beside `oneOf` and `$ref`.
 */
function convertNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    // Examples are data, not schemas: keep them as they are.
    out[key] = key === 'example' || key === 'examples' ? value : convertNullable(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [{ type: 'null' }, out] };
  }
  if (out.nullable === false) delete out.nullable;
  return out;
}

/** The non-dereferenced description (13 MB; the dereferenced one is 70 MB), loaded once per worker. */
function loadSpec(): OpenApiDocument {
  if (!spec) {
    const require = createRequire(join(repoRoot, 'package.json'));
    const file = join(require.resolve('@octokit/openapi/package.json'), '..', 'generated', 'api.github.com.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
    spec = {
      paths: raw.paths,
      components: { ...raw.components, schemas: convertNullable(raw.components.schemas) as Record<string, Json> },
    };
  }
  return spec;
}

function getAjv(): Ajv {
  if (!ajv) {
    // Non-strict: the description carries OpenAPI keywords (example, discriminator, x-*) that are not
    // JSON Schema. `nullable` is understood by ajv itself.
    ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
  }
  return ajv;
}

function resolveRef<T>(document: OpenApiDocument, value: T): T {
  let current: unknown = value;
  for (let hops = 0; hops < 10 && current && typeof current === 'object' && '$ref' in current; hops++) {
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith('#/')) throw new Error(`openapi: external $ref ${ref} is not supported`);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    if (current === undefined) throw new Error(`openapi: $ref ${ref} does not resolve`);
  }
  return current as T;
}

/** The path template of the description that a concrete path (`/repos/o/r/git/ref/heads/main`) matches. */
export function findPathTemplate(path: string, method?: string): string {
  const document = loadSpec();
  const clean = path.split('?')[0] ?? path;
  if (document.paths[clean]) return clean;
  let best: { template: string; literal: number; params: number } | undefined;
  for (const template of Object.keys(document.paths)) {
    // Only templates that describe this method (GET …/attestations/{subject_digest}, not DELETE …/{attestation_id}).
    if (method && !document.paths[template]?.[method.toLowerCase()]) continue;
    const parts = template.split('/');
    // The last parameter may span slashes (refs like heads/main, file paths, base...head).
    const pattern = parts
      .map((part, index) =>
        part
          .split(/(\{[^}]+\})/)
          .map((piece) =>
            piece.startsWith('{')
              ? index === parts.length - 1
                ? '.+'
                : '[^/]+'
              : piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
          )
          .join(''),
      )
      .join('/');
    if (!new RegExp(`^${pattern}$`).test(clean)) continue;
    // Most literal segments wins (…/commits/{sha}/branches-where-head over …/commits/{ref}); then the
    // fewest placeholders (…/compare/{basehead} over the legacy …/compare/{base}...{head}).
    const literal = parts.filter((part) => part && !part.includes('{')).length;
    const params = (template.match(/\{/g) ?? []).length;
    if (!best || literal > best.literal || (literal === best.literal && params < best.params))
      best = { template, literal, params };
  }
  if (!best) throw new Error(`openapi: no path in the description matches ${clean}`);
  return best.template;
}

/** The JSON schema GitHub documents for `method path` answering `status` (with `mediaType`). */
export function responseSchema(method: string, path: string, status: number, mediaType = 'application/json'): Json {
  const document = loadSpec();
  const template = findPathTemplate(path, method);
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (!operation) throw new Error(`openapi: ${method.toUpperCase()} ${template} is not described`);
  const responses = operation.responses as Record<string, Json>;
  const declared = responses[String(status)] ?? responses.default;
  if (!declared)
    throw new Error(
      `openapi: ${method.toUpperCase()} ${template} documents no ${status} response (it has ${Object.keys(responses).join(', ')})`,
    );
  const response = resolveRef(document, declared);
  const content = response.content as Record<string, { schema?: Json }> | undefined;
  const raw = content?.[mediaType]?.schema;
  const schema = raw ? (convertNullable(raw) as Json) : undefined;
  if (!schema)
    throw new Error(
      `openapi: ${method.toUpperCase()} ${template} ${status} has no ${mediaType} body (it has ${Object.keys(content ?? {}).join(', ') || 'none'})`,
    );
  return schema;
}

export interface OpenApiCheck {
  valid: boolean;
  /** `instancePath message` lines, empty when valid. */
  errors: string[];
  template: string;
}

/**
 * Validates `body` against the documented response of `method path` (a concrete path or a template)
 * for `status`. Never throws for an invalid body: read `valid` and `errors`. Throws when the operation,
 * status or media type is not in the description (a wrong test, not a wrong body).
 */
export function validateAgainstOpenApi(
  method: string,
  path: string,
  status: number,
  body: unknown,
  mediaType = 'application/json',
): OpenApiCheck {
  const template = findPathTemplate(path, method);
  const key = `${method.toLowerCase()} ${template} ${status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    const document = loadSpec();
    // Refs stay `#/components/...`: the root carries the components so ajv resolves them by pointer,
    // cycles included, compiling only what is reachable.
    const root = {
      $ref: '#/definitions/response',
      definitions: { response: responseSchema(method, path, status, mediaType) },
      components: document.components,
    };
    validate = getAjv().compile(root);
    validators.set(key, validate);
  }
  return run(validate, body, template);
}

/**
 * Validates a request body (what a client sends to `method path`) against the operation's documented
 * `requestBody`: for handlers that answer 422 to malformed requests as GitHub does, and for tests of
 * what our code sends. Throws when the operation takes no such body.
 */
export function validateRequestAgainstOpenApi(
  method: string,
  path: string,
  body: unknown,
  mediaType = 'application/json',
): OpenApiCheck {
  const template = findPathTemplate(path, method);
  const key = `request ${method.toLowerCase()} ${template} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    const document = loadSpec();
    const operation = document.paths[template]?.[method.toLowerCase()];
    const requestBody = operation?.requestBody ? resolveRef(document, operation.requestBody as Json) : undefined;
    const schema = (requestBody?.content as Record<string, { schema?: Json }> | undefined)?.[mediaType]?.schema;
    if (!schema) throw new Error(`openapi: ${method.toUpperCase()} ${template} documents no ${mediaType} request body`);
    validate = getAjv().compile({
      $ref: '#/definitions/request',
      definitions: { request: convertNullable(schema) },
      components: document.components,
    });
    validators.set(key, validate);
  }
  return run(validate, body, template);
}

function run(validate: ValidateFunction, body: unknown, template: string): OpenApiCheck {
  const valid = validate(body) as boolean;
  const errors = valid
    ? []
    : (validate.errors ?? []).map(
        (error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
      );
  return { valid, errors, template };
}

/**
 * Validates `body` against one named schema of the description (`basic-error`, `git-ref`, ...): for
 * answers an operation does not document, such as a rate-limited 403.
 */
export function validateAgainstComponent(name: string, body: unknown): OpenApiCheck {
  const key = `component ${name}`;
  let validate = validators.get(key);
  if (!validate) {
    const document = loadSpec();
    if (!document.components.schemas?.[name]) throw new Error(`openapi: no component schema ${name}`);
    validate = getAjv().compile({ $ref: `#/components/schemas/${name}`, components: document.components });
    validators.set(key, validate);
  }
  return run(validate, body, `#/components/schemas/${name}`);
}

/** For jest: throws with every schema error listed when the body does not match. */
export function expectOpenApiValid(
  method: string,
  path: string,
  status: number,
  body: unknown,
  mediaType?: string,
): void {
  const result = validateAgainstOpenApi(method, path, status, body, mediaType);
  if (!result.valid) {
    throw new Error(
      `${method.toUpperCase()} ${path} (${result.template}) ${status} does not match GitHub's OpenAPI description:\n${result.errors.slice(0, 20).join('\n')}`,
    );
  }
}
