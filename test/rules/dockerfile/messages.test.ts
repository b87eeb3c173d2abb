/**
 * Fire / dont-fire fixtures of the Dockerfile rules: `__fixtures__/rules/<rule-id>/<case>/`
 * folders holding Dockerfiles. A Dockerfile cannot carry a trailing comment on most
 * instruction lines (`USER app # x` makes the user "app # x"), so expectations are comment
 * lines `# expect-next-line: <rule-id>[, <rule-id>]` that mark the next instruction line.
 * `fire*` cases must get exactly the marked lines, `dont-fire*` cases no finding.
 *
 * The rules run the way scan() runs them: every Dockerfile at its default target, and
 * dockerfile-parse-error from the parsed file's problems.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildImageModel, parseDockerfile } from '../../../src/dockerfile/index.js'
import { lookupBaseImage } from '../../../src/images/base-images.js'
import dockerfileParseError from '../../../src/rules/dockerfile/dockerfile-parse-error.js'
import dockerfileUserName from '../../../src/rules/dockerfile/dockerfile-user-name.js'
import dockerfileUserRoot from '../../../src/rules/dockerfile/dockerfile-user-root.js'
import dockerfileUserUndefined from '../../../src/rules/dockerfile/dockerfile-user-undefined.js'
import type { DockerfileRule, ReportInput } from '../../../src/rules/types.js'
import { isRange } from '../../../src/rules/report.js'
import { describeShared, hasShared, projectRoot, sharedPath } from '../../helpers/shared.js'

const fixturesRoot = join(projectRoot, '__fixtures__', 'rules')
const DOCKERFILE = /(^|[./])(Dockerfile|Containerfile)([.-].*)?$|\.dockerfile$/i

const RULES: DockerfileRule[] = [dockerfileUserRoot, dockerfileUserName, dockerfileUserUndefined]

/** Lines marked by `# expect-next-line:` comments for a rule. */
export function expectedNextLines(text: string, ruleId: string): number[] {
  const lines = text.split('\n')
  const out: number[] = []
  lines.forEach((line, i) => {
    const m = /^\s*# expect-next-line: ([\w\-, ]+)$/.exec(line)
    if (
      !m ||
      !m[1]
        .split(',')
        .map((s) => s.trim())
        .includes(ruleId)
    )
      return
    let j = i + 1
    while (j < lines.length && (/^\s*#/.test(lines[j]) || lines[j].trim() === '')) j++
    out.push(j + 1)
  })
  return out
}

interface Finding {
  line: number
  message: string
  related: number[]
}

function runRule(ruleId: string, file: string, text: string): Finding[] {
  const df = parseDockerfile(text, file)
  if (ruleId === dockerfileParseError.id) {
    return df.problems.map((p) => ({ line: p.range.startLine, message: p.message, related: [] }))
  }
  const rule = RULES.find((r) => r.id === ruleId)
  if (!rule) throw new Error(`no Dockerfile rule ${ruleId}`)
  if (df.stages.length === 0) return []
  const image = buildImageModel(df, { baseImages: lookupBaseImage })
  const out: Finding[] = []
  const report = (r: ReportInput) => {
    if (!isRange(r.at)) throw new Error('Dockerfile rules report file ranges')
    expect(r.at.file).toBe(file)
    out.push({
      line: r.at.startLine,
      message: r.message,
      related: (r.related ?? []).map((x) => (isRange(x.at) ? x.at.startLine : -1)),
    })
  }
  rule.check({ settings: {} as never, options: {}, report }, { dockerfile: df, image })
  return out
}

function cases(ruleId: string): { name: string; files: { file: string; text: string }[] }[] {
  const dir = join(fixturesRoot, ruleId)
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({
      name: e.name,
      files: readdirSync(join(dir, e.name))
        .filter((f) => DOCKERFILE.test(f))
        .map((f) => ({ file: f, text: readFileSync(join(dir, e.name, f), 'utf8') })),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
}

for (const ruleId of [...RULES.map((r) => r.id), dockerfileParseError.id]) {
  describe(`${ruleId}: fire / dont-fire fixtures`, () => {
    const all = cases(ruleId)
    it('has fire and dont-fire cases', () => {
      expect(all.some((c) => c.name.startsWith('fire'))).toBe(true)
      expect(all.some((c) => c.name.startsWith('dont-fire'))).toBe(true)
    })
    for (const c of all) {
      it(c.name, () => {
        expect(c.files.length).toBeGreaterThan(0)
        for (const { file, text } of c.files) {
          const findings = runRule(ruleId, file, text)
          if (c.name.startsWith('dont-fire')) {
            expect(findings.map((f) => `${f.line}: ${f.message}`)).toEqual([])
            continue
          }
          const want = expectedNextLines(text, ruleId)
          expect(want.length, 'a fire case marks at least one line').toBeGreaterThan(0)
          expect([...new Set(findings.map((f) => f.line))].sort((a, b) => a - b)).toEqual(want)
        }
      })
    }
  })
}

describe('messages', () => {
  const one = (ruleId: string, name: string) => {
    const c = cases(ruleId).find((x) => x.name === name)!
    return runRule(ruleId, c.files[0].file, c.files[0].text)
  }

  it('dockerfile-user-root names the USER line, or the base image when there is no USER', () => {
    expect(one('dockerfile-user-root', 'fire-user-zero')[0].message).toBe(
      'The target stage 0 (the default target) runs as root: USER 0 is the last USER of its build chain.',
    )
    const inherited = one('dockerfile-user-root', 'fire-inherited-root')[0]
    expect(inherited.message).toBe(
      'The target "runtime" (the default target) runs as root: USER root, inherited from stage base, is the last USER of its build chain.',
    )
    expect(inherited.related).toEqual([7])
    expect(one('dockerfile-user-root', 'fire-no-user')[0].message).toBe(
      'The target stage 0 (the default target) runs as root: no USER instruction in its build chain, and the base image python:3.12-slim runs as root.',
    )
  })

  it('dockerfile-user-name proposes the numeric form when the ids are known', () => {
    expect(one('dockerfile-user-name', 'fire-created-account')[0].message).toBe(
      'USER app of the target stage 0 (the default target) is a name: with runAsNonRoot: true and no runAsUser the kubelet refuses to start the container, because it cannot verify that "app" is not root. Use `USER 10001:10001` (app\'s ids in this image).',
    )
    expect(one('dockerfile-user-name', 'fire-base-account')[0].message).toContain('Use `USER 1000')
  })

  it('dockerfile-user-undefined quotes the runtime error', () => {
    expect(one('dockerfile-user-undefined', 'fire-typo')[0].message).toBe(
      'USER app-user of the target stage 0 (the default target): no account "app-user" exists in the image (it is not created in the Dockerfile, and the base image python:3.12-slim does not have it). The container fails to start: "unable to find user app-user: no matching entries in passwd file".',
    )
    expect(one('dockerfile-user-undefined', 'fire-scratch')[0].message).toContain(
      'FROM scratch has no /etc/passwd at all',
    )
    expect(one('dockerfile-user-undefined', 'fire-group')[0].message).toContain(
      'unable to find group builders',
    )
  })
})

it('expectedNextLines skips blank and comment lines', () => {
  expect(expectedNextLines('# expect-next-line: a\n\n# c\nUSER x\n', 'a')).toEqual([4])
})

const CORPUS = ['corpus', 'dockerfiles']

describeShared(CORPUS, 'Dockerfile rules on the real corpus (default targets)', () => {
  const files: { file: string; targets: { stageIndex: number; effectiveUser: string | null }[] }[] =
    hasShared(...CORPUS, 'expected.json')
      ? JSON.parse(readFileSync(sharedPath(...CORPUS, 'expected.json'), 'utf8')).files
      : []
  const results = files.map((f) => {
    const text = readFileSync(sharedPath(...CORPUS, f.file), 'utf8')
    const ids = RULES.map((r) => r.id).filter((id) => runRule(id, f.file, text).length > 0)
    return { file: f.file, user: f.targets[0].effectiveUser, ids }
  })

  it('dockerfile-user-name fires exactly where a Linux default target ends with a USER name other than root', () => {
    // Windows accounts are not checked by the kubelet's runAsNonRoot: the rule skips them.
    for (const r of results.filter((x) => !x.file.includes('windows'))) {
      const name = r.user !== null && !/^\d*(:|$)/.test(r.user) && r.user.split(':')[0] !== 'root'
      expect(r.ids.includes('dockerfile-user-name'), r.file).toBe(name)
    }
  })

  it('dockerfile-user-undefined stays silent: every corpus image starts', () => {
    expect(
      results.filter((r) => r.ids.includes('dockerfile-user-undefined')).map((r) => r.file),
    ).toEqual([])
  })

  it('dockerfile-user-root never fires on a numeric non-zero USER', () => {
    for (const r of results) {
      if (r.user !== null && /^[1-9]\d*(:|$)/.test(r.user))
        expect(r.ids, r.file).not.toContain('dockerfile-user-root')
    }
  })
})
