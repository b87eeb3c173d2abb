/**
 * PowerShell RUN scripts (Windows images with `SHELL ["powershell", ...]`)
 * are read with the sh walker after a small rewrite: `$env:NAME` and
 * `${env:NAME}` become `${NAME}` (the build's ARG/ENV), and backslashes are
 * doubled so that Windows paths survive sh quoting rules. A map keeps every
 * rewritten position pointing at the original text.
 */
export interface Rewritten {
  text: string
  /** Offset in the original for each offset in `text`. */
  map: (i: number) => number
}

export function rewritePowerShell(src: string): Rewritten {
  let text = ''
  const origin: number[] = []
  const push = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) origin.push(at)
    text += s
  }
  let i = 0
  let single = false
  while (i < src.length) {
    if (src[i] === "'") single = !single
    const m = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}|^\$env:([A-Za-z_][A-Za-z0-9_]*)/i.exec(
      src.slice(i, i + 200),
    )
    if (m) {
      push('${' + (m[1] ?? m[2]) + '}', i)
      i += m[0].length
      continue
    }
    const c = src[i]
    if (c === '\\' && !single) push('\\\\', i)
    else push(c, i)
    i++
  }
  return {
    text,
    map: (k) => (k < origin.length ? origin[k] : src.length),
  }
}
