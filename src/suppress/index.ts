/**
 * The suppression pass, run after the rules (check → suppress → report). A finding is
 * suppressed, never dropped, by:
 *
 * 1. a `kube-whoami ignore=` comment covering its line (YAML, Helm templates and values,
 *    Dockerfiles; `ignore-file=` for a whole file),
 * 2. a `kube-whoami.io/ignore` annotation on its object or pod template,
 * 3. a `rules.<id>.exclude` glob of the configuration matching its file,
 * The baseline (findings accepted as they are) is applied after findings are grouped by edit
 * location (baseline/apply.ts), since it records the grouped findings' fingerprints.
 *
 * Suppressed findings keep a `suppression` (SARIF `suppressions`, counted by the text
 * report). A comment, annotation or exclude that suppressed nothing becomes an
 * `unused-suppression` finding, so stale suppressions do not hide the next real problem.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { compileGlob } from '../core/glob.js'
import type { Finding, Level, Notice, Suppression } from '../core/finding.js'
import { fingerprintOf } from '../core/fingerprint.js'
import { compareRanges, type SourceRange } from '../core/range.js'
import type { Baseline } from '../baseline/format.js'
import { didYouMean } from '../config/errors.js'
import type { RuleExclude } from '../config/types.js'
import { classifyFile } from '../discover/classify.js'
import type { K8sObject } from '../k8s/objects.js'
import type { Workload } from '../k8s/workload.js'
import type { Rule } from '../rules/types.js'
import { type AnnotationScope, annotationKey, annotationScopes } from './annotations.js'
import { dockerfileScopes } from './dockerfile-scopes.js'
import { shellScopes } from './shell-scopes.js'
import type { CommentScope, FileScopes, MalformedComment } from './types.js'
import { yamlScopes } from './yaml-scopes.js'
import { pushAll } from '../core/arrays.js'

export { IGNORE_ANNOTATION, REASON_ANNOTATION } from './annotations.js'
export { parseDirective } from './directive.js'
export { dockerfileScopes } from './dockerfile-scopes.js'
export { shellScopes } from './shell-scopes.js'
export { yamlScopes } from './yaml-scopes.js'
export type * from './types.js'

export const UNUSED_RULE = 'unused-suppression'

/** Files whose every suppression comment is read (so that an unused one is reported). */
const SCOPED_KINDS = new Set<string | undefined>([
  'manifest',
  'dockerfile',
  'compose',
  'workflow',
  'script',
])

/** What the configuration adds to the inline suppressions. */
export interface SuppressOptions {
  /** `rules.<id>.exclude` entries. */
  ruleExcludes?: readonly RuleExclude[]
  /** Findings accepted in a baseline file (applied by baseline/apply.ts, after grouping). */
  baseline?: Baseline
}

export interface SuppressInput {
  findings: readonly Finding[]
  /** Texts the scan read, by path relative to the root (manifests, Dockerfiles, chart files). */
  files: ReadonlyMap<string, string | undefined>
  /** Reads a file relative to the root (for chart files a finding points at). */
  readFile(rel: string): string | undefined
  objects: readonly K8sObject[]
  workloads: readonly Workload[]
  /** The rules that ran, as configured: a named rule missing here is off and never "unused". */
  rules: readonly Rule[]
  /** Every rule id of the build, to tell a misspelled id from a rule that is off. */
  knownRules: readonly string[]
  options?: SuppressOptions
  /** Whether the whole root was scanned: only then can a config exclude be called unused. */
  wholeRoot: boolean
  /** Absolute scan root and the chart folders in it: their files may hold suppressions. */
  root?: string
  chartRoots?: readonly string[]
  /**
   * Chart files the scan has already read whose bytes never name kube-whoami: no directive
   * can be in them, so they are not read again.
   */
  withoutDirectives?: ReadonlySet<string>
}

export interface SuppressResult {
  /** Every finding, suppressed ones marked, unused-suppression findings added, sorted. */
  findings: Finding[]
  notices: Notice[]
}

interface ConfigScope {
  via: 'config'
  ruleId: string
  glob: string
  match: (file: string) => boolean
  reason?: string
  range: SourceRange
}

type Scope = CommentScope | AnnotationScope | ConfigScope

export function suppressFindings(input: SuppressInput): SuppressResult {
  const notices: Notice[] = []
  const findings = input.findings.map((f) => ({ ...f }))

  // Comments: in every manifest and Dockerfile read, and in every file a finding points at.
  const fileScopes = new Map<string, FileScopes | undefined>()
  const scopesOf = (file: string): FileScopes | undefined => {
    if (fileScopes.has(file)) return fileScopes.get(file)
    // Without the marker a file has no scopes (as the readers below would find).
    if (input.withoutDirectives?.has(file)) {
      fileScopes.set(file, undefined)
      return undefined
    }
    const text = input.files.has(file) ? input.files.get(file) : input.readFile(file)
    const kind = classifyFile(file)
    const scopes =
      text === undefined
        ? undefined
        : kind === 'dockerfile'
          ? dockerfileScopes(file, text)
          : kind === 'script'
            ? shellScopes(file, text)
            : yamlScopes(file, text)
    fileScopes.set(file, scopes)
    return scopes
  }
  for (const [file, text] of input.files) {
    if (text === undefined || !text.includes('kube-whoami')) continue
    const kind = classifyFile(file)
    if (SCOPED_KINDS.has(kind)) scopesOf(file)
  }
  for (const f of findings) for (const r of anchorsOf(f)) scopesOf(r.file)
  // Chart files (templates, values) are read by the renderer, not by the scan: look at every
  // one of a chart that rendered, so that a stale suppression in them is reported too.
  if (input.root) {
    for (const chart of input.chartRoots ?? []) {
      const prefix = chart === '.' ? '' : `${chart}/`
      const failed = findings.some(
        (f) => f.ruleId === 'helm-render-error' && f.range.file.startsWith(prefix),
      )
      if (failed) continue
      for (const file of chartFiles(input.root, chart)) {
        if (fileScopes.has(file) || input.withoutDirectives?.has(file)) continue
        const text = input.readFile(file)
        if (text !== undefined && text.includes('kube-whoami')) scopesOf(file)
      }
    }
  }

  const workloadOf = new Map(input.workloads.map((w) => [w.object, w]))
  const annotations = new Map<string, AnnotationScope[]>()
  for (const o of input.objects) {
    for (const s of annotationScopes(o, workloadOf.get(o))) {
      annotations.set(s.key, [...(annotations.get(s.key) ?? []), s])
    }
  }

  const configScopes: ConfigScope[] = (input.options?.ruleExcludes ?? []).flatMap((e) =>
    e.globs.map((g) => ({
      via: 'config' as const,
      ruleId: e.ruleId,
      glob: g.value,
      match: (file: string) => compileGlob(g.value).test(file),
      reason: e.reason,
      range: g.range,
    })),
  )

  /** Which rules each suppression suppressed something for. */
  const used = new Map<Scope, Set<string>>()
  const markUsed = (s: Scope, ruleId: string) => {
    const set = used.get(s) ?? new Set<string>()
    set.add(ruleId)
    used.set(s, set)
  }

  // Comment scopes by file and line: a finding looks up its own lines only.
  const byLine = new Map<string, { lines: Map<number, CommentScope[]>; file: CommentScope[] }>()
  for (const [file, scopes] of fileScopes) {
    if (!scopes?.scopes.length) continue
    const index = { lines: new Map<number, CommentScope[]>(), file: [] as CommentScope[] }
    for (const s of scopes.scopes) {
      if (s.directive.form === 'ignore-file') {
        index.file.push(s)
        continue
      }
      for (let l = s.startLine; l <= s.endLine; l++) {
        const list = index.lines.get(l)
        if (list) list.push(s)
        else index.lines.set(l, [s])
      }
    }
    byLine.set(file, index)
  }

  for (const f of findings) {
    if (f.suppression) continue
    const matches: Scope[] = []
    for (const at of anchorsOf(f)) {
      const index = byLine.get(at.file)
      if (!index) continue
      for (const s of [...(index.lines.get(at.startLine) ?? []), ...index.file]) {
        if (s.directive.rules.includes(f.ruleId) && !matches.includes(s)) matches.push(s)
      }
    }
    for (const s of annotations.get(annotationKey(f.identity.source, f.identity.object)) ?? []) {
      if (s.rules.includes(f.ruleId)) matches.push(s)
    }
    for (const s of configScopes) {
      if (s.ruleId === f.ruleId && s.match(f.range.file)) matches.push(s)
    }
    if (!matches.length) continue
    for (const s of matches) markUsed(s, f.ruleId)
    f.suppression = suppressionOf(matches[0])
  }

  const unused = unusedFindings(input, fileScopes, annotations, configScopes, used)
  pushAll(findings, unused)

  findings.sort(
    (a, b) =>
      compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
  return { findings, notices }
}

/**
 * The places a suppression comment may be written for a finding: its primary range, and for
 * an object rendered from a chart the chart's own lines among its related locations (the
 * template that renders a value whose values-file line is the primary one).
 */
function anchorsOf(f: Finding): SourceRange[] {
  const hash = f.identity.source.indexOf('#')
  if (hash < 0 || !f.related.length) return [f.range]
  const chart = f.identity.source.slice(0, hash)
  const prefix = chart === '.' ? '' : `${chart}/`
  return [f.range, ...f.related.map((r) => r.range).filter((r) => r.file.startsWith(prefix))]
}

/** YAML and template files of a chart folder (subcharts included), relative to the root. */
function chartFiles(root: string, chart: string): string[] {
  const out: string[] = []
  const walk = (rel: string, depth: number) => {
    let entries
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const child = rel === '.' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory()) {
        if (depth < 8 && e.name !== 'node_modules' && !e.name.startsWith('.'))
          walk(child, depth + 1)
      } else if (/\.(ya?ml|tpl)$/.test(e.name)) out.push(child)
    }
  }
  walk(chart, 0)
  return out
}

function suppressionOf(s: Scope): Suppression {
  const justification = s.via === 'comment' ? s.directive.reason : s.reason
  return {
    kind: s.via === 'config' ? 'external' : 'inSource',
    via: s.via,
    range: s.range,
    ...(justification ? { justification } : {}),
  }
}

function unusedFindings(
  input: SuppressInput,
  fileScopes: ReadonlyMap<string, FileScopes | undefined>,
  annotations: ReadonlyMap<string, AnnotationScope[]>,
  configScopes: readonly ConfigScope[],
  used: ReadonlyMap<Scope, Set<string>>,
): Finding[] {
  const rule = input.rules.find((r) => r.id === UNUSED_RULE)
  if (!rule) return []
  const level: Level = rule.meta.severity
  const enabled = new Set(input.rules.map((r) => r.id))
  const known = new Set(input.knownRules)
  const out: Finding[] = []
  const seen = new Set<string>()
  const occurrences = new Map<string, number>()
  const emit = (range: SourceRange, message: string, key: string) => {
    // Rendered charts repeat an annotation per variant: one finding per place and key.
    const place = `${range.file}:${range.startLine}:${range.startColumn}\u0000${key}`
    if (seen.has(place)) return
    seen.add(place)
    const id = `${range.file}\u0000${key}`
    const n = occurrences.get(id) ?? 0
    occurrences.set(id, n + 1)
    const identity = { ruleId: UNUSED_RULE, source: range.file, path: n ? `${key}#${n + 1}` : key }
    out.push({
      ruleId: UNUSED_RULE,
      level,
      message,
      range,
      related: [],
      identity,
      fingerprint: fingerprintOf(identity),
    })
  }
  /** Whether naming `id` can be "unused": it is enabled, or unknown (misspelled). */
  const unusedName = (id: string): 'unknown' | 'unused' | undefined =>
    !known.has(id) ? 'unknown' : enabled.has(id) && id !== UNUSED_RULE ? 'unused' : undefined
  const unknownText = (id: string) => {
    const hint = didYouMean(id, input.knownRules)
    return `names an unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}, so it suppresses nothing`
  }

  for (const scopes of fileScopes.values()) {
    for (const s of scopes?.scopes ?? []) {
      const usedRules = used.get(s)
      const form = `kube-whoami ${s.directive.form}=`
      for (const id of s.directive.rules) {
        if (usedRules?.has(id)) continue
        const why = unusedName(id)
        if (!why) continue
        const key = `comment:${s.directive.form}:${id}:${s.anchor}`
        if (why === 'unknown') {
          emit(s.range, `${form}${s.directive.rules.join(',')} ${unknownText(id)}.`, key)
          continue
        }
        if (s.covers.startsWith('nothing')) {
          emit(
            s.range,
            `${form}${id} suppresses nothing: it covers ${s.covers}. Put it directly above the field, object or instruction it is meant for.`,
            key,
          )
          continue
        }
        const where =
          s.directive.form === 'ignore-file'
            ? 'in this file'
            : `on ${s.covers} (${s.startLine === s.endLine ? `line ${s.startLine}` : `lines ${s.startLine}-${s.endLine}`})`
        emit(
          s.range,
          `${form}${id} suppressed nothing: there is no ${id} finding ${where}. Remove it, or put it on the line above the field it is meant for.`,
          key,
        )
      }
    }
    for (const m of scopes?.malformed ?? [])
      emit(m.range, malformedMessage(m), `malformed:${m.text}`)
  }

  for (const list of annotations.values()) {
    for (const s of list) {
      const usedRules = used.get(s)
      for (const id of s.rules) {
        if (usedRules?.has(id)) continue
        const why = unusedName(id)
        if (!why) continue
        const key = `annotation:${s.objectIdentity}:${id}`
        const message =
          why === 'unknown'
            ? `The ${'kube-whoami.io/ignore'} annotation of ${s.object} ${unknownText(id)}.`
            : `The kube-whoami.io/ignore annotation of ${s.object} names ${id}, but ${s.object} has no ${id} finding. Remove ${id} from the annotation.`
        emit(s.range, message, key)
      }
    }
  }

  if (input.wholeRoot) {
    for (const s of configScopes) {
      if (used.get(s)?.has(s.ruleId) || !enabled.has(s.ruleId)) continue
      emit(
        s.range,
        `rules.${s.ruleId}.exclude "${s.glob}" matched no ${s.ruleId} finding. Remove it, or fix the glob (relative to the scanned root).`,
        `config:${s.ruleId}:${s.glob}`,
      )
    }
  }
  return out
}

function malformedMessage(m: MalformedComment): string {
  return `This comment looks like a kube-whoami directive but cannot be read: "${m.text}". Write "kube-whoami ignore=RULE[,RULE] [reason]" (the next node or instruction) or "kube-whoami ignore-file=RULE[,RULE] [reason]" (the whole file).`
}
