/**
 * Helm's stderr log lines: log/slog's text handler without timestamps, as helm v4 prints
 * them (`level=WARN msg="returned non-bool value" path=a.b chart=c`). log.Printf output
 * goes through the same handler at INFO.
 */
import { isPrint, quote } from '../template/strconv.js'

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR'

function needsQuoting(s: string): boolean {
  if (s.length === 0) return true
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) {
      if (ch === '\\') continue
      if (ch === ' ' || ch === '=' || ch === '"' || c < 0x21 || c > 0x7e) return true
    } else if (c === 0xfffd || /\s/u.test(ch) || !isPrint(c)) {
      return true
    }
  }
  return false
}

function value(s: string): string {
  return needsQuoting(s) ? quote(s) : s
}

export function formatLogLine(
  level: LogLevel,
  msg: string,
  attrs: [string, string][] = [],
): string {
  let out = `level=${level} msg=${value(msg)}`
  for (const [k, v] of attrs) out += ` ${value(k)}=${value(v)}`
  return out + '\n'
}

export interface Logger {
  log(level: LogLevel, msg: string, attrs?: [string, string][]): void
}

/** A logger collecting formatted lines (what helm writes to stderr). */
export class LineLogger implements Logger {
  readonly lines: string[] = []
  log(level: LogLevel, msg: string, attrs: [string, string][] = []): void {
    // Helm's default level is INFO; DEBUG lines only appear with --debug.
    if (level === 'DEBUG') return
    this.lines.push(formatLogLine(level, msg, attrs))
  }
  text(): string {
    return this.lines.join('')
  }
}
