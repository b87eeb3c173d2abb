/**
 * Runs `fn` while V8 records no stack traces. The yaml package makes an Error object for every
 * problem it meets, and a chart template read as YAML has hundreds: capturing their stacks was
 * two thirds of the parse (200 kube-prometheus-stack templates: 1006 ms with stacks, 308 ms
 * without). Only the messages and positions of those errors are used.
 */
export function withoutStackTraces<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return fn()
  } finally {
    Error.stackTraceLimit = limit
  }
}
