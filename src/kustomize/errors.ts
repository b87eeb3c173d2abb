/**
 * kustomize's errors: a message that grows prefixes as it travels up (Go's
 * errors.WrapPrefixf), plus where in a kustomization file a person fixes it, when known.
 */
import type { Src } from './node.js'
import { pushAll } from '../core/arrays.js'

export class KustomizeError extends Error {
  /** The kustomization entry (or file) that led to the error, innermost first. */
  readonly at: Src[] = []

  constructor(message: string, at?: Src) {
    super(message)
    if (at) this.at.push(at)
  }
}

/** errors.WrapPrefixf: "prefix: message", keeping where the error arose. */
export function wrap(e: unknown, prefix: string, at?: Src): KustomizeError {
  const inner = asKustomizeError(e)
  const out = new KustomizeError(`${prefix}: ${inner.message}`)
  pushAll(out.at, inner.at)
  if (at) out.at.push(at)
  return out
}

/** Adds the place a person edits to an error (kept innermost-first). */
export function locate(e: unknown, at: Src | undefined): KustomizeError {
  const k = asKustomizeError(e)
  if (at) k.at.push(at)
  return k
}

export function asKustomizeError(e: unknown): KustomizeError {
  if (e instanceof KustomizeError) return e
  const k = new KustomizeError(e instanceof Error ? e.message : String(e))
  if (e instanceof Error && e.stack) k.stack = e.stack
  return k
}
