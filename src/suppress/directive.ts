/**
 * The suppression comment: `kube-whoami ignore=rule-a,rule-b [reason]` covers the next
 * node or instruction (or, at the end of a YAML line, that line's node);
 * `kube-whoami ignore-file=rule-a [reason]` covers the whole file. The same words work in
 * YAML comments, Go template comments (`{{/* ... *\/}}`) and Dockerfile comments.
 */

export interface Directive {
  form: 'ignore' | 'ignore-file'
  rules: string[]
  reason?: string
}

export interface MalformedDirective {
  malformed: string
}

const DIRECTIVE_RE =
  /^kube-whoami[ \t]+(ignore|ignore-file)[ \t]*=[ \t]*([A-Za-z0-9_.-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_.-]+)*)(.*)$/
/** Text that was meant as a directive but does not parse: reported rather than ignored. */
const ATTEMPT_RE = /^kube-whoami\b[ \t:]*(ignore\S*|\S*=\S*)/

/**
 * Parses the body of a comment (after `#` or inside `{{/* *\/}}`): a directive, a malformed
 * attempt at one, or undefined for an ordinary comment.
 */
export function parseDirective(body: string): Directive | MalformedDirective | undefined {
  const text = body.trim()
  if (!text.startsWith('kube-whoami')) return undefined
  const m = DIRECTIVE_RE.exec(text)
  if (m) {
    const rest = m[3]
    // A reason must be separated from the rule list; `ignore=a,b.` is a malformed list.
    if (rest && !/^[ \t]/.test(rest)) return { malformed: text }
    const reason = rest
      .trim()
      .replace(/^(--|—|-|:)\s*/, '')
      .trim()
    return {
      form: m[1] as Directive['form'],
      rules: m[2].split(',').map((r) => r.trim()),
      ...(reason ? { reason } : {}),
    }
  }
  return ATTEMPT_RE.test(text) ? { malformed: text } : undefined
}

export function isMalformed(d: Directive | MalformedDirective): d is MalformedDirective {
  return 'malformed' in d
}
