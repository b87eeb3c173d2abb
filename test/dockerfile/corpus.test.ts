/**
 * Every Dockerfile of shared/corpus/dockerfiles against the facts worked out by
 * hand in its expected.json: effective user and where it comes from, users and
 * groups created, ownership changes, WORKDIR, VOLUME, EXPOSE, per target.
 */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { buildImageModel, parseDockerfile } from '../../src/dockerfile/index.js'
import { describeShared, hasShared, sharedPath } from '../helpers/shared.js'
import { compareTarget, corpusBaseImages, type ExpectedFile } from './corpus-compare.js'

const PARTS = ['corpus', 'dockerfiles']

function loadExpected(): ExpectedFile[] {
  if (!hasShared(...PARTS, 'expected.json')) return []
  const json = JSON.parse(readFileSync(sharedPath(...PARTS, 'expected.json'), 'utf8')) as {
    files: ExpectedFile[]
  }
  return json.files
}

describeShared(PARTS, 'Dockerfile corpus: expected facts per target', () => {
  const files = loadExpected()

  it('describes 57 files and 64 targets', () => {
    expect(files.length).toBe(57)
    expect(files.reduce((n, f) => n + f.targets.length, 0)).toBe(64)
  })

  for (const f of files) {
    for (const t of f.targets) {
      it(`${f.file} target ${t.stage}`, () => {
        const text = readFileSync(sharedPath(...PARTS, f.file), 'utf8')
        const df = parseDockerfile(text, f.file)
        expect(df.stages.map((s) => s.name ?? s.index)).toEqual(f.stages)
        if (f.directives) expect(df.directives).toEqual(f.directives)
        const m = buildImageModel(df, { target: t.stageIndex, baseImages: corpusBaseImages })
        expect(compareTarget(t, m)).toEqual([])
        // Problems of the file itself: none of these real files is malformed.
        expect(df.problems).toEqual([])
      })
    }
  }

  it('without the base image ENV, a USER that only the base ENV defines expands to ""', () => {
    for (const f of files) {
      for (const t of f.targets) {
        if (t.effectiveUserWithoutBaseEnv === undefined) continue
        const df = parseDockerfile(readFileSync(sharedPath(...PARTS, f.file), 'utf8'), f.file)
        const m = buildImageModel(df, { target: t.stageIndex, baseImages: () => undefined })
        // The model says it cannot know, and names the variable the base image must define.
        expect(m.effectiveUser.raw).toBeNull()
        expect(m.effectiveUser.undefinedVars.length).toBeGreaterThan(0)
        expect(m.problems.some((p) => p.message.startsWith('USER uses $'))).toBe(true)
        expect(t.effectiveUserWithoutBaseEnv).toBe('')
      }
    }
  })
})
