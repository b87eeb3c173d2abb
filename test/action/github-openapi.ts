/**
 * GitHub's published OpenAPI description (npm @octokit/openapi) as a request and response
 * checker for the loopback GitHub the end-to-end tests run against, and as the schema of
 * webhook payloads (`x-webhooks`) the tests give the action as GITHUB_EVENT_PATH.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

const require = createRequire(import.meta.url)

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema?: unknown
  $ref?: string
}

interface Operation {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>
}

interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Record<string, unknown>
    parameters: Record<string, Parameter>
    responses: Record<string, { content?: Record<string, { schema: unknown }> }>
    examples: Record<string, { value: unknown }>
  }
}

export interface MatchedOperation {
  operationId: string
  pathParams: Record<string, string>
}

export class GithubOpenApi {
  readonly spec: Spec
  private readonly ajv: Ajv
  private readonly routes: { method: string; re: RegExp; names: string[]; template: string }[] = []
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor() {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as Spec
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
    ;(addFormats as unknown as (a: Ajv) => void)(this.ajv)
    this.ajv.addSchema({
      $id: 'gh',
      components: { schemas: toJsonSchema(this.spec.components.schemas) },
    })
    for (const [template, ops] of Object.entries(this.spec.paths)) {
      const names: string[] = []
      const re = new RegExp(
        '^' +
          template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, n: string) => {
            names.push(n)
            return '([^/]+)'
          }) +
          '$',
      )
      for (const method of Object.keys(ops))
        this.routes.push({ method: method.toUpperCase(), re, names, template })
    }
  }

  /** The operation a request is for, or undefined when GitHub has no such endpoint. */
  match(method: string, path: string): (MatchedOperation & { operation: Operation }) | undefined {
    for (const r of this.routes) {
      if (r.method !== method) continue
      const m = r.re.exec(path)
      if (!m) continue
      const pathParams = Object.fromEntries(
        r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]),
      )
      const operation = this.spec.paths[r.template][r.method.toLowerCase()]
      return { operationId: operation.operationId, pathParams, operation }
    }
    return undefined
  }

  /** Problems with a request: unknown endpoint, parameters of the wrong type, a body off-schema. */
  checkRequest(
    method: string,
    url: URL,
    body: unknown,
  ): { operationId?: string; problems: string[] } {
    const hit = this.match(method, url.pathname)
    if (!hit)
      return { problems: [`${method} ${url.pathname} is not an endpoint of the GitHub REST API`] }
    const problems: string[] = []
    const params = (hit.operation.parameters ?? []).map((p) => this.resolveParameter(p))
    for (const p of params) {
      const raw =
        p.in === 'path'
          ? hit.pathParams[p.name]
          : p.in === 'query'
            ? url.searchParams.get(p.name)
            : undefined
      if (p.in === 'header') continue
      if (raw === undefined || raw === null) {
        if (p.required) problems.push(`missing ${p.in} parameter ${p.name}`)
        continue
      }
      const value = coerce(raw, p.schema)
      const validate = this.ajv.compile(toJsonSchema(p.schema ?? {}) as object)
      if (!validate(value))
        problems.push(`${p.in} parameter ${p.name}=${raw}: ${this.ajv.errorsText(validate.errors)}`)
    }
    for (const key of url.searchParams.keys()) {
      if (!params.some((p) => p.in === 'query' && p.name === key))
        problems.push(`unknown query parameter ${key}`)
    }
    const schema = hit.operation.requestBody?.content['application/json']?.schema
    if (schema) {
      if (body === undefined) {
        if (hit.operation.requestBody?.required) problems.push('missing request body')
      } else {
        const validate = this.validator(`${hit.operationId} request`, schema)
        if (!validate(body)) problems.push(`request body: ${this.ajv.errorsText(validate.errors)}`)
        const known = Object.keys((schema as { properties?: object }).properties ?? {})
        for (const key of Object.keys(body as object))
          if (known.length && !known.includes(key))
            problems.push(`request body: unknown property ${key}`)
      }
    } else if (body !== undefined && method === 'GET') {
      problems.push('a GET request with a body')
    }
    return { operationId: hit.operationId, problems }
  }

  /** Problems with a response the fake server is about to send, per the operation's description. */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const op = this.operation(operationId)
    if (!op) return [`unknown operation ${operationId}`]
    let response = op.responses[String(status)]
    if (!response) return [`${operationId} does not answer ${status}`]
    if (response.$ref) response = this.spec.components.responses[response.$ref.split('/').pop()!]
    const schema = response.content?.['application/json']?.schema
    if (!schema) return []
    const validate = this.validator(`${operationId} ${status}`, schema)
    return validate(body) ? [] : [`response ${status}: ${this.ajv.errorsText(validate.errors)}`]
  }

  /** A webhook payload schema, e.g. `webhook-pull-request-opened`. */
  webhookValidator(name: string): ValidateFunction {
    return this.validator(name, { $ref: `gh#/components/schemas/${name}` })
  }

  example(name: string): unknown {
    return structuredClone(this.spec.components.examples[name].value)
  }

  private operation(operationId: string): Operation | undefined {
    for (const ops of Object.values(this.spec.paths))
      for (const op of Object.values(ops)) if (op.operationId === operationId) return op
    return undefined
  }

  private resolveParameter(p: Parameter): Parameter {
    return p.$ref ? this.spec.components.parameters[p.$ref.split('/').pop()!] : p
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let v = this.compiled.get(key)
    if (!v) {
      v = this.ajv.compile(toJsonSchema(schema) as object)
      this.compiled.set(key, v)
    }
    return v
  }
}

/**
 * OpenAPI 3.0 schema objects as JSON Schema: `nullable: true` becomes a null alternative
 * (3.0 allows it without `type`, JSON Schema has no such keyword), and local
 * `#/components/...` references point into the document registered as `gh`.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema)
  if (!schema || typeof schema !== 'object') return schema
  const out: Record<string, unknown> = {}
  let nullable = false
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'nullable') nullable = v === true
    else if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = `gh${v}`
    else if (k === 'properties' || k === 'patternProperties')
      out[k] = Object.fromEntries(Object.entries(v as object).map(([n, s]) => [n, toJsonSchema(s)]))
    else out[k] = toJsonSchema(v)
  }
  if (!nullable) return out
  return { anyOf: [out, { type: 'null' }] }
}

function coerce(raw: string, schema: unknown): unknown {
  const type = (schema as { type?: string } | undefined)?.type
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}
