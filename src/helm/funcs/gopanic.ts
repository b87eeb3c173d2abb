/**
 * Errors the Sprig functions raise. Go text/template reports a function's error
 * result and a recovered panic alike as "error calling NAME: <text>"; the engine adds
 * that prefix, these carry the <text> exactly as Go prints it.
 */
export class GoFuncError extends Error {
  constructor(
    message: string,
    /** True when Go panics here rather than returning an error (same text to the user). */
    readonly panic = false,
  ) {
    super(message)
    this.name = 'GoFuncError'
  }
}

export function goPanic(message: string): never {
  throw new GoFuncError(message, true)
}

export function goError(message: string): never {
  throw new GoFuncError(message, false)
}

/** Go's runtime message for s[lo:hi] out of range. */
export function sliceBoundsPanic(lo: number, hi: number | undefined, len: number): never {
  if (hi !== undefined && hi > len)
    goPanic(`runtime error: slice bounds out of range [:${hi}] with length ${len}`)
  if (hi !== undefined && lo > hi) goPanic(`runtime error: slice bounds out of range [${lo}:${hi}]`)
  goPanic(`runtime error: slice bounds out of range [${lo}:${len}]`)
}
