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
