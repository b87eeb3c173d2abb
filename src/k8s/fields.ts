/** Typed reads of decoded Kubernetes YAML, which may hold anything a person typed. */

export type Dict = Record<string, unknown>

export function isDict(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function dict(v: unknown): Dict | undefined {
  return isDict(v) ? v : undefined
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined
}

/** Integers as the API decodes them: a JSON number without a fraction. */
export function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined
}

export function get(v: unknown, ...path: (string | number)[]): unknown {
  let cur = v
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(cur)) return undefined
      cur = cur[step]
    } else {
      if (!isDict(cur)) return undefined
      cur = cur[step]
    }
  }
  return cur
}

/** Whether a field is present and not null (Go's non-nil pointer after decoding). */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null
}
