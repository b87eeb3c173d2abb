/**
 * parseDockerfile: text -> DockerfileModel (instructions, stages, flags,
 * heredocs, problems). Structure only: variables are expanded later, per
 * build target, by buildImageModel.
 */
import type { SourceRange } from '../core/range.js'
import { lexDockerfile } from './lexer.js'
import { LineIndex, type MappedText } from './text.js'
import type {
  DockerfileModel,
  DockerfileProblem,
  Heredoc,
  Instruction,
  InstructionFlag,
  Stage,
} from './types.js'

export const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
])

const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK'])
const NEEDS_ARGS = new Set([
  'ADD',
  'ARG',
  'COPY',
  'ENV',
  'EXPOSE',
  'FROM',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
])

export interface Word {
  /** Raw text, quotes kept. */
  text: string
  start: number
  end: number
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11
}

/** The raw word starting at or after `from` (quotes kept), or null at the end. */
export function nextRawWord(s: string, from: number, escape: string): Word | null {
  let i = from
  const n = s.length
  while (i < n && isSpace(s.charCodeAt(i))) i++
  if (i >= n) return null
  const start = i
  let quote = ''
  while (i < n) {
    const c = s[i]
    if (quote) {
      if (c === quote) quote = ''
      else if (c === escape && quote === '"' && i + 1 < n) i++
    } else if (c === '"' || c === "'") quote = c
    else if (c === escape && i + 1 < n) i++
    else if (isSpace(s.charCodeAt(i))) break
    i++
  }
  return { text: s.slice(start, i), start, end: i }
}

/** Splits on unquoted whitespace, keeping quotes (BuildKit's parseWords). */
export function rawWords(s: string, escape: string): Word[] {
  const out: Word[] = []
  for (let w = nextRawWord(s, 0, escape); w; w = nextRawWord(s, w.end, escape)) out.push(w)
  return out
}

export function parseDockerfile(text: string, file: string): DockerfileModel {
  const lines = new LineIndex(file, text)
  const lexed = lexDockerfile(text)
  const problems: DockerfileProblem[] = []
  const rangeOf = (s: number, e: number): SourceRange => lines.range(s, e)
  const mappedRange = (m: MappedText, s: number, e: number): SourceRange => {
    const [a, b] = m.span(s, e)
    return lines.range(a, b)
  }

  for (const p of lexed.problems) {
    problems.push({ message: p.message, range: rangeOf(p.start, p.end), severity: 'error' })
  }

  const directives: DockerfileModel['directives'] = {}
  for (const d of lexed.directives) {
    if (d.name === 'syntax' || d.name === 'escape' || d.name === 'check')
      directives[d.name] = d.value
  }

  const instructions: Instruction[] = []
  const stages: Stage[] = []
  const globalArgs: Instruction[] = []
  let stageIndex = -1

  for (const li of lexed.instructions) {
    const range = rangeOf(li.start, li.end)
    const keywordRange = rangeOf(li.start, li.keywordEnd)
    if (!KEYWORDS.has(li.keyword)) {
      problems.push({
        message: `unknown instruction: ${text.slice(li.start, li.keywordEnd)}`,
        range: keywordRange,
        severity: 'error',
      })
      continue
    }
    const args = li.args
    let flags: InstructionFlag[] = []
    let rest = args
    if (FLAG_KEYWORDS.has(li.keyword)) {
      const split = splitFlags(args.text, lexed.escape)
      flags = split.flags.map((f) => ({
        name: f.name,
        value: f.value,
        range: mappedRange(args, f.start, f.end),
        valueRange: f.valueStart >= 0 ? mappedRange(args, f.valueStart, f.end) : undefined,
      }))
      rest = args.slice(split.restStart, args.text.length)
    }
    const heredocs: Heredoc[] = li.heredocs.map((h) => ({
      name: h.name,
      chomp: h.chomp,
      expand: h.expand,
      body: h.body,
      bodyOffset: h.bodyStart,
      range: mappedRange(args, h.markerStart, h.markerEnd),
    }))

    if (NEEDS_ARGS.has(li.keyword) && rest.text.trim() === '') {
      problems.push({
        message: `${li.keyword} requires at least one argument`,
        range,
        severity: 'error',
      })
      if (li.keyword === 'FROM') continue
    }

    const ins: Instruction = {
      keyword: li.keyword,
      range,
      keywordRange,
      flags,
      args: rest,
      heredocs,
      stage: stageIndex,
    }

    if (li.keyword === 'FROM') {
      stageIndex++
      ins.stage = stageIndex
      const words = rawWords(rest.text, lexed.escape)
      const stage: Stage = {
        index: stageIndex,
        from: ins,
        image: words[0]?.text ?? '',
        imageRange: words[0] ? mappedRange(rest, words[0].start, words[0].end) : range,
        instructions: [],
      }
      const platform = flags.find((f) => f.name === 'platform')
      if (platform?.value != null) stage.platform = platform.value
      for (const f of flags) {
        if (f.name !== 'platform') {
          problems.push({ message: `unknown flag: --${f.name}`, range: f.range, severity: 'error' })
        }
      }
      if (words.length === 3 && words[1].text.toLowerCase() === 'as') {
        stage.name = words[2].text
        stage.nameRange = mappedRange(rest, words[2].start, words[2].end)
        if (!/^[a-z][a-z0-9-_.]*$/i.test(stage.name)) {
          problems.push({
            message: `invalid name for build stage: "${stage.name}", name can't start with a number or contain symbols`,
            range: stage.nameRange,
            severity: 'error',
          })
        } else {
          const dup = stages.find((s) => s.name?.toLowerCase() === stage.name?.toLowerCase())
          if (dup) {
            problems.push({
              message: `duplicate stage name "${stage.name}"`,
              range: stage.nameRange,
              severity: 'error',
            })
          }
        }
      } else if (words.length !== 1) {
        problems.push({
          message: 'FROM requires either one or three arguments',
          range,
          severity: 'error',
        })
      }
      stages.push(stage)
    } else if (stageIndex === -1) {
      if (li.keyword === 'ARG') globalArgs.push(ins)
      else {
        problems.push({
          message: `no build stage in current context: ${li.keyword} before the first FROM`,
          range,
          severity: 'error',
        })
      }
    } else {
      stages[stageIndex].instructions.push(ins)
    }
    instructions.push(ins)
  }

  if (stages.length === 0 && problems.every((p) => p.severity !== 'error')) {
    problems.push({
      message: 'the Dockerfile has no FROM instruction (no build stage)',
      range: lines.range(0, 0),
      severity: 'error',
    })
  }

  return {
    file,
    directives,
    escape: lexed.escape,
    globalArgs,
    stages,
    instructions,
    comments: lexed.comments.map((c) => ({ text: c.text, range: rangeOf(c.start, c.end) })),
    problems,
    lines,
  }
}

interface RawFlag {
  name: string
  value: string | null
  start: number
  end: number
  valueStart: number
}

/** Leading `--name[=value]` words (BuildKit's extractBuilderFlags). */
export function splitFlags(s: string, escape: string): { flags: RawFlag[]; restStart: number } {
  const flags: RawFlag[] = []
  let restStart = s.length
  for (let w = nextRawWord(s, 0, escape); w; w = nextRawWord(s, w.end, escape)) {
    if (!w.text.startsWith('--')) {
      restStart = w.start
      break
    }
    if (w.text === '--') {
      restStart = nextRawWord(s, w.end, escape)?.start ?? s.length
      break
    }
    const eq = w.text.indexOf('=')
    if (eq === -1)
      flags.push({ name: w.text.slice(2), value: null, start: w.start, end: w.end, valueStart: -1 })
    else
      flags.push({
        name: w.text.slice(2, eq),
        value: w.text.slice(eq + 1),
        start: w.start,
        end: w.end,
        valueStart: w.start + eq + 1,
      })
  }
  return { flags, restStart }
}

/** Exec-form arguments when the text is a JSON array of strings, else null. */
export function parseJsonArray(text: string): string[] | null {
  const t = text.trim()
  if (!t.startsWith('[') || !t.endsWith(']')) return null
  try {
    const v: unknown = JSON.parse(t)
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  } catch {
    return null
  }
  return null
}
