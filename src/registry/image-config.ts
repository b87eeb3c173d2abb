/** The image config blob (`application/vnd.oci.image.config.v1+json`) read into facts. */
import { RegistryError } from './http.js'
import type { ImageConfigFacts } from './types.js'

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined
}

export function parseImageConfig(body: Buffer): ImageConfigFacts {
  let doc: Record<string, unknown>
  try {
    doc = JSON.parse(body.toString('utf8')) as Record<string, unknown>
  } catch {
    throw new RegistryError('the image config is not JSON', 'protocol')
  }
  if (!doc || typeof doc !== 'object')
    throw new RegistryError('the image config is not a JSON object', 'protocol')
  const c = (doc.config && typeof doc.config === 'object' ? doc.config : {}) as Record<
    string,
    unknown
  >
  const env: Record<string, string> = {}
  for (const e of strings(c.Env) ?? []) {
    const eq = e.indexOf('=')
    if (eq > 0) env[e.slice(0, eq)] = e.slice(eq + 1)
  }
  const keys = (v: unknown) => (v && typeof v === 'object' ? Object.keys(v) : [])
  const labels: Record<string, string> = {}
  if (c.Labels && typeof c.Labels === 'object') {
    for (const [k, v] of Object.entries(c.Labels as Record<string, unknown>))
      if (typeof v === 'string') labels[k] = v
  }
  const out: ImageConfigFacts = {
    user: typeof c.User === 'string' ? c.User : '',
    env,
    exposedPorts: keys(c.ExposedPorts),
    volumes: keys(c.Volumes),
    labels,
  }
  if (typeof c.WorkingDir === 'string' && c.WorkingDir) out.workingDir = c.WorkingDir
  const entrypoint = strings(c.Entrypoint)
  if (entrypoint) out.entrypoint = entrypoint
  const cmd = strings(c.Cmd)
  if (cmd) out.cmd = cmd
  if (typeof doc.os === 'string') out.os = doc.os
  if (typeof doc.architecture === 'string') out.architecture = doc.architecture
  if (typeof doc.variant === 'string') out.variant = doc.variant
  return out
}
