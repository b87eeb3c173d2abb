/**
 * Parity over the shared kustomize corpus (60 real trees with the output or the error of
 * kubectl kustomize v1.35.2): `kube-whoami kustomize` run with each case's arguments must
 * print the golden stdout byte for byte, the same warnings on stderr, and for failing
 * cases kubectl's error message.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { runKustomize } from '../../src/kustomize/kustomize-command.js'
import { describeShared, sharedPath } from '../helpers/shared.js'

interface Case {
  name: string
  dir: string
  args: string[]
  golden?: string
  stderr?: string
  error?: string
}

function cases(): Case[] {
  const root = sharedPath('corpus', 'kustomize')
  return readdirSync(root)
    .filter((n) => existsSync(join(root, n, 'args')))
    .sort()
    .map((name) => {
      const dir = realpathSync(join(root, name))
      const read = (f: string) =>
        existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined
      return {
        name,
        dir,
        args: read('args')!.trim().split('\n'),
        golden: read('golden.yaml'),
        stderr: read('golden.stderr'),
        error: read('golden.error'),
      }
    })
}

/** kubectl's arguments as ours: `kustomize DIR [flags]`, the helm command placeholder dropped. */
function ourArgs(args: string[]): string[] {
  return args
    .slice(1)
    .filter((a, i, all) => a !== '${HELM}' && !(a === '--helm-command' && all[i + 1] === '${HELM}'))
}

const klog = /^I\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ log\.go:244\] /gm

describeShared(['corpus', 'kustomize'], 'kubectl kustomize parity over the shared corpus', () => {
  const all = cases()
  let identical = 0

  it('has the 60 cases of the corpus', () => {
    expect(all.length).toBe(60)
    expect(all.filter((c) => c.error !== undefined).length).toBe(9)
  })

  for (const c of all) {
    it(c.name, async () => {
      let stdout = ''
      let stderr = ''
      const code = await runKustomize(ourArgs(c.args), {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        cwd: c.dir,
      })
      const scrub = (s: string) => s.replace(klog, 'IMMDD hh:mm:ss.uuuuuu PID log.go:244] ')
      if (c.golden !== undefined) {
        expect(code, stderr).toBe(0)
        expect(stdout === c.golden, 'stdout identical to kubectl kustomize').toBe(true)
        expect(scrub(stderr)).toBe(c.stderr ?? '')
      } else {
        expect(code).toBe(1)
        expect(stdout).toBe('')
        const want = c.error!.split('\n').slice(1).join('\n').replaceAll('${CASE_DIR}', c.dir)
        if (want.includes('${RESOLVER}')) {
          // The machine's resolver and git's message: compared up to the URL, as the corpus README says.
          const prefix = want.slice(0, want.indexOf("': Get "))
          expect(stderr.startsWith(prefix)).toBe(true)
        } else {
          expect(stderr).toBe(want)
        }
      }
      identical++
    })
  }

  it('reports the parity figure', () => {
    console.log(
      `[kustomize parity] ${identical}/${all.length} cases identical to kubectl kustomize v1.35.2`,
    )
    expect(identical).toBe(all.length)
  })
})
