/**
 * The Dockerfile corpus names the base image of every build target and, for many, what
 * that base runs as. Every base image there must parse, and wherever the corpus states
 * the base's user, the facts table must agree or stay silent.
 */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { lookupBaseImage } from '../../src/images/base-images.js'
import { parseReference } from '../../src/images/reference.js'
import { describeShared, sharedPath } from '../helpers/shared.js'

interface Target {
  baseImage: string | null
  baseImageUserHint?: string
}

describeShared(
  ['corpus', 'dockerfiles', 'expected.json'],
  'base images of the Dockerfile corpus',
  () => {
    const expected = JSON.parse(
      readFileSync(sharedPath('corpus', 'dockerfiles', 'expected.json'), 'utf8'),
    ) as {
      files: { file: string; targets: Target[] }[]
    }
    const targets = expected.files.flatMap((f) => f.targets.map((t) => ({ ...t, file: f.file })))
    const withImage = targets.filter(
      (t): t is Target & { file: string; baseImage: string } => t.baseImage !== null,
    )

    it('parses every base image reference', () => {
      expect(withImage.length).toBeGreaterThan(50)
      for (const t of withImage)
        expect(parseReference(t.baseImage).ok, `${t.file}: ${t.baseImage}`).toBe(true)
    })

    it('agrees with every user the corpus states for a base image it knows', () => {
      let checked = 0
      for (const t of withImage) {
        const hint = t.baseImageUserHint
        if (!hint) continue
        const fact = lookupBaseImage(t.baseImage)
        const where = `${t.file}: ${t.baseImage} (${hint})`
        if (/^root/.test(hint)) {
          if (!fact) continue
          expect(fact.runAsNonRoot, where).toBe('refused-root')
        } else if (/^0 /.test(hint)) {
          expect(fact?.user, where).toBe('0')
        } else if (/^(65532|1001)\b/.test(hint)) {
          expect(fact?.uid, where).toBe(Number(/^\d+/.exec(hint)![0]))
          expect(fact?.runAsNonRoot, where).toBe('ok')
        } else if (/^\$APP_UID -> 1654/.test(hint)) {
          expect(fact?.user, where).toBe('1654')
        } else if (/^none \(aspnet/.test(hint)) {
          expect(fact?.user, where).toBe('')
          expect(fact?.env?.APP_UID, where).toBe('1654')
        } else {
          continue
        }
        for (const [, name, uid] of hint.matchAll(/\b(ubuntu|node|www-data|nginx) \(?(\d+)/g)) {
          expect(fact?.accounts.find((a) => a.name === name)?.uid, `${where}: ${name}`).toBe(
            Number(uid),
          )
        }
        checked++
      }
      expect(checked).toBeGreaterThanOrEqual(25)
    })

    it('has facts for the well-known bases the corpus uses', () => {
      const known = withImage.filter((t) => lookupBaseImage(t.baseImage) !== undefined)
      // Unknown here: in-repo or niche bases (rabbitmq, jupyter, windows, minideb, docker:dind).
      expect(known.length / withImage.length).toBeGreaterThan(0.7)
    })
  },
)
