/**
 * Helm's rewording of template errors (pkg/engine/engine.go): parse errors become
 * `parse error at (file:line): msg`; execution errors carrying a fail/required message
 * become `execution error at (file:line:col): msg`; other execution errors are laid out
 * as a trace, one entry per template in the include chain, unless some link of the chain
 * is not a template error, in which case Go's original text is kept.
 */
import type { TemplateError } from '../template/errors.js'
import { goTrimSpace } from './go-text.js'

const warnRe = /HELM_ERR_START([\s\S]*)HELM_ERR_END/

/** cleanupParseError */
export function cleanupParseError(filename: string, err: Error): string {
  const tokens = err.message.split(': ')
  if (tokens.length === 1) return `parse error in (${filename}): ${err.message}`
  return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`
}

interface Traceable {
  location: string
  message: string
  executedFunction: string
}

function traceString(t: Traceable): string {
  let s = ''
  if (t.location !== '') s += `${t.location}\n  `
  if (t.executedFunction !== '') s += `${t.executedFunction}\n    `
  if (t.message !== '') s += `${t.message}\n`
  return s
}

function cutAtTemplate(msg: string): string {
  const cut = msg.indexOf(' template:')
  return cut >= 0 ? msg.slice(0, cut) : msg
}

/** parseTemplateExecErrorString: one link of the chain, or undefined when it is not a template error. */
function parseLink(s: string): Traceable | undefined {
  const prefix = 'template: '
  if (!s.startsWith(prefix)) return undefined
  const rest = s.slice(prefix.length)
  if (rest.startsWith('no template ')) return { location: '', message: s, executedFunction: '' }
  const idx = rest.indexOf(': executing ')
  if (idx >= 0) {
    const templateName = rest.slice(0, idx)
    const after = rest.slice(idx + ': executing '.length)
    if (after.length > 0 && after[0] === '"') {
      const endQuote = after.indexOf('"', 1)
      if (endQuote >= 0) {
        const functionName = after.slice(1, endQuote)
        const afterFunc = after.slice(endQuote + 1)
        if (afterFunc.startsWith(' at <')) {
          const afterAt = afterFunc.slice(' at <'.length)
          const endLoc = afterAt.indexOf('>: ')
          if (endLoc >= 0) {
            return {
              location: templateName,
              message: cutAtTemplate(afterAt.slice(endLoc + 3)),
              executedFunction: `executing "${functionName}" at <${afterAt.slice(0, endLoc)}>:`,
            }
          }
        }
      }
    }
  }
  const sep = rest.lastIndexOf(': ')
  if (sep >= 0) {
    return {
      location: rest.slice(0, sep),
      message: cutAtTemplate(rest.slice(sep + 2)),
      executedFunction: '',
    }
  }
  return undefined
}

/**
 * The chain of error texts Go's errors.Unwrap would visit: a function's error is wrapped
 * as `... at <...>: error calling NAME: <inner>`, so each inner text is a suffix.
 */
function errorChain(message: string): string[] {
  const chain = [message]
  let s = message
  for (;;) {
    if (!s.startsWith('template: ')) break
    const at = s.indexOf(' at <')
    if (at < 0) break
    const endLoc = s.indexOf('>: ', at)
    if (endLoc < 0) break
    const msg = s.slice(endLoc + 3)
    const m = /^error calling [^:]*: /.exec(msg)
    if (!m) break
    s = msg.slice(m[0].length)
    chain.push(s)
  }
  return chain
}

/** reformatExecErrorMsg */
export function reformatExecError(filename: string, err: TemplateError): string {
  const message = err.message
  const first = message.indexOf(': ')
  const second = first >= 0 ? message.indexOf(': ', first + 2) : -1
  if (first < 0 || second < 0) return `execution error in (${filename}): ${message}`
  const location = message.slice(first + 2, second)
  const parts = warnRe.exec(message.slice(second + 2))
  if (parts) return `execution error at (${location}): ${parts[1]}`
  const links: Traceable[] = []
  for (const s of errorChain(message)) {
    const t = parseLink(s)
    if (!t) return message
    const last = links[links.length - 1]
    if (
      !last ||
      last.location !== t.location ||
      last.message !== t.message ||
      last.executedFunction !== t.executedFunction
    ) {
      links.push(t)
    }
  }
  return goTrimSpace(links.map(traceString).join(''))
}
