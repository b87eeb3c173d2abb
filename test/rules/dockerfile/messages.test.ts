/**
 * Dockerfile rule messages and their behaviour on the real corpus, with the rules called
 * directly on each fixture's default target (the fire / dont-fire fixtures themselves run
 * through scan() in test/rules/dockerfile-rules.test.ts).
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
