/**
 * Reads a step's standard output the way the runner does: a line (trimmed) that starts
 * with `::` is a command `::name key=value,...::data`, with properties and data unescaped;
 * `::stop-commands::TOKEN` turns commands off until `::TOKEN::`.
 */
export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  data: string
  line: number
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  let stopToken: string | undefined
  stdout.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (!line.startsWith('::')) return
    const end = line.indexOf('::', 2)
    if (end < 0) return
    const info = line.slice(2, end)
    const space = info.indexOf(' ')
    const name = space < 0 ? info : info.slice(0, space)
    if (stopToken !== undefined) {
      if (name === stopToken) stopToken = undefined
      return
    }
    const properties: Record<string, string> = {}
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(',')) {
        if (!pair) continue
        const eq = pair.indexOf('=')
        if (eq < 0) continue
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
      }
    }
    const data = unescapeData(line.slice(end + 2))
    if (name === 'stop-commands') {
      stopToken = data
      return
    }
    out.push({ name, properties, data, line: index + 1 })
  })
  return out
}

/** The `name<<DELIMITER ... DELIMITER` entries of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++])
      out[m[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=')
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
    }
  }
  return out
}
