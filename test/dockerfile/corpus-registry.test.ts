/**
 * The Dockerfile corpus with its base images' facts read from a registry instead of the
 * shipped table: every base the corpus names is pushed to a loopback docker-registry as an
 * image whose config `User`/`Env` and `/etc/passwd` carry the facts the corpus records, and
 * each target's model, built with what the registry client reads back, must still give the
 * expected facts. (No /etc/group is pushed: with both files whole the model would predict the
 * ids tools pick, which expected.json leaves open.)
 */
import { readFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildImageModel, parseDockerfile } from '../../src/dockerfile/index.js'
import type { BaseImageFact } from '../../src/images/base-images.js'
import { factFromRegistry } from '../../src/images/registry-facts.js'
import { lookupImages } from '../../src/registry/index.js'
import { buildImage, writeLayout } from '../helpers/oci.js'
import { describeRegistry, push, startRegistry, type TestRegistry } from '../helpers/registry.js'
import { describeShared, hasShared, sharedPath } from '../helpers/shared.js'
import { compareTarget, corpusBaseImages, type ExpectedFile } from './corpus-compare.js'

const PARTS = ['corpus', 'dockerfiles']

function loadExpected(): ExpectedFile[] {
  if (!hasShared(...PARTS, 'expected.json')) return []
  return (
    JSON.parse(readFileSync(sharedPath(...PARTS, 'expected.json'), 'utf8')) as {
      files: ExpectedFile[]
    }
  ).files
}

/** The image a fact describes: its user, its ENV, its accounts as /etc/passwd. */
function imageOf(fact: BaseImageFact) {
  const passwd = fact.accounts
    .map((a) => `${a.name}:x:${a.uid ?? 65534}:${a.gid ?? 65534}::/:/sbin/nologin`)
    .join('\n')
  const env = Object.entries(fact.env ?? {}).map(([k, v]) => `${k}=${v}`)
  return buildImage({
    user: fact.user,
    env: ['PATH=/usr/bin:/bin', ...env],
    layers: [
      { files: fact.hasPasswd ? { 'etc/passwd': `${passwd}\n` } : { 'etc/hostname': 'x\n' } },
    ],
  })
}

describeShared(PARTS, 'Dockerfile corpus with base facts from a registry', () => {
  describeRegistry('Dockerfile corpus with base facts from a registry', () => {
    const files = loadExpected()
    let reg: TestRegistry
    /** Corpus base reference → the fact the registry client read back. */
    const facts = new Map<string, BaseImageFact>()
    let unknown = 0

    beforeAll(async () => {
      reg = await startRegistry()
      const bases = new Set<string>()
      for (const f of files) for (const t of f.targets) if (t.baseImage) bases.add(t.baseImage)
      // One image per distinct fact; each base reference is a tag of it.
      const byFact = new Map<string, string[]>()
      for (const ref of bases) {
        const fact = corpusBaseImages(ref)
        if (!fact) {
          unknown++
          continue
        }
        const key = JSON.stringify([fact.user, fact.env, fact.accounts, fact.hasPasswd])
        byFact.set(key, [...(byFact.get(key) ?? []), ref])
      }
      const pushed = new Map<string, string>()
      let n = 0
      const jobs = [...byFact.values()].map(async (refs) => {
        const name = `${reg.host}/corpus/base${n++}:1`
        const dir = mkdtempSync(join(tmpdir(), 'kw-corpus-oci-'))
        writeLayout(dir, 'tag', imageOf(corpusBaseImages(refs[0])!))
        await push(dir, 'tag', name)
        for (const r of refs) pushed.set(r, name)
      })
      await Promise.all(jobs)
      const report = await lookupImages(
        [...new Set(pushed.values())].map((ref) => ({ ref, accounts: true })),
        { cacheDir: null, env: {} },
      )
      for (const [ref, name] of pushed) {
        const o = report.outcomes.get(name)
        if (!o?.ok) throw new Error(`lookup of ${name} failed: ${JSON.stringify(o)}`)
        // What the table alone would not know (an entrypoint that drops privileges) is kept,
        // as it is for a real registry answer.
        facts.set(ref, factFromRegistry(o.image, corpusBaseImages(ref)))
      }
    }, 60_000)
    afterAll(async () => {
      await reg?.stop()
    })

    it('reads back every base the table knows, and gives every target its expected facts', () => {
      // 45 base references (one FROM cannot be resolved); 4 have no fact to push.
      expect({ read: facts.size, unknown }).toEqual({ read: 41, unknown: 4 })
      for (const f of facts.values()) {
        expect(f.origin).toBe('registry')
        expect(f.envComplete).toBe(true)
      }
      const differences: string[] = []
      for (const f of files) {
        const text = readFileSync(sharedPath(...PARTS, f.file), 'utf8')
        for (const t of f.targets) {
          const m = buildImageModel(parseDockerfile(text, f.file), {
            target: t.stageIndex,
            baseImages: (ref) => facts.get(ref),
          })
          for (const d of compareTarget(t, m)) differences.push(`${f.file} ${t.stage}: ${d}`)
        }
      }
      expect(differences).toEqual([])
    })
  })
})
