/**
 * Pod Security Admission conformance over every upstream fixture in
 * ../shared/conformance/psa (4537 files): under level L and version V, each pass/ pod gets no
 * Pod Security finding, and each fail/ pod gets a finding from the check the file is named
 * for, with PSA's forbidden-reason text.
 *
 * Rule ids do not change with the level: where PSA folds a baseline check into a restricted
 * one at level restricted, the baseline check's rule still reports what baseline rejects, and
 * the restricted rule only what restricted adds. So a fixture named for an overridden baseline
 * check is reported by that baseline rule; one named for the overriding restricted check by
 * the restricted rule, or — when its violation is one baseline rejects too (a hostPath volume
 * among the restrictedVolumes fixtures) — by the baseline rule; and no spot is reported by both.
 */
import { readdirSync } from 'node:fs'
import { expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { RULES } from '../../src/rules/index.js'
import { parsePssVersion, type PssLevel } from '../../src/rules/pod/pss-policy.js'
import { describeShared, sharedPath } from '../helpers/shared.js'

const CHECK_BY_PREFIX: Record<string, string> = {
  allowprivilegeescalation: 'allowPrivilegeEscalation',
  apparmorprofile: 'appArmorProfile',
  capabilities_baseline: 'capabilities_baseline',
  capabilities_restricted: 'capabilities_restricted',
  hostnamespaces: 'hostNamespaces',
  hostpathvolumes: 'hostPathVolumes',
  hostports: 'hostPorts',
  hostprobesandhostlifecycle: 'hostProbesAndHostLifecycle',
  privileged: 'privileged',
  procmount: 'procMount',
  procmount_restricted: 'procMount_restricted',
  restrictedvolumes: 'restrictedVolumes',
  runasnonroot: 'runAsNonRoot',
  runasuser: 'runAsUser',
  selinuxoptions: 'seLinuxOptions',
  seccompprofile_baseline: 'seccompProfile_baseline',
  seccompprofile_restricted: 'seccompProfile_restricted',
  sysctls: 'sysctls',
  windowshostprocess: 'windowsHostProcess',
}

/** Expected substring of the rejection per check (psa/README.md). */
const SUBSTRING: Record<string, string> = {
  allowPrivilegeEscalation: 'allowPrivilegeEscalation',
  appArmorProfile: 'forbidden AppArmor profile',
  capabilities_baseline: 'capabilities',
  capabilities_restricted: 'unrestricted capabilities',
  hostNamespaces: 'host namespaces',
  hostPathVolumes: 'hostPath',
  hostPorts: 'hostPort',
  hostProbesAndHostLifecycle: 'probe or lifecycle host',
  privileged: 'privileged',
  procMount: 'procMount',
  procMount_restricted: 'procMount',
  restrictedVolumes: 'restricted volume types',
  runAsNonRoot: 'runAsNonRoot',
  runAsUser: 'runAsUser',
  seLinuxOptions: 'seLinuxOptions',
  seccompProfile_baseline: 'seccompProfile',
  seccompProfile_restricted: 'seccompProfile',
  sysctls: 'forbidden sysctl',
  windowsHostProcess: 'hostProcess',
}

/** Restricted checks that replace a baseline check from a version on. */
const OVERRIDES: { by: string; replaces: string; since: number }[] = [
  { by: 'restrictedVolumes', replaces: 'hostPathVolumes', since: 0 },
  { by: 'seccompProfile_restricted', replaces: 'seccompProfile_baseline', since: 19 },
  { by: 'capabilities_restricted', replaces: 'capabilities_baseline', since: 22 },
  { by: 'procMount_restricted', replaces: 'procMount', since: 35 },
]

const ruleOfCheck = new Map(RULES.filter((r) => r.meta.pss).map((r) => [r.meta.pss!.check, r.id]))
const pssRuleIds = new Set(ruleOfCheck.values())
/** Only the Pod Security rules run here (the kubelet cross-checks have their own suite). */
const onlyPss = Object.fromEntries(
  RULES.filter((r) => !r.meta.pss).map((r) => [r.id, 'off' as const]),
)

function checkOf(file: string): string {
  const stem = file.replace(/\d*\.yaml$/, '')
  const check = CHECK_BY_PREFIX[stem]
  if (!check) throw new Error(`no check for fixture ${file}`)
  return check
}

describeShared(['conformance', 'psa'], 'PSA conformance: all 4537 upstream fixtures', () => {
  const root = sharedPath('conformance', 'psa')
  let total = 0
  for (const level of ['baseline', 'restricted'] as PssLevel[]) {
    const versions = readdirSync(`${root}/${level}`).sort(
      (a, b) => Number(a.slice(3)) - Number(b.slice(3)),
    )
    for (const version of versions) {
      const dir = `${root}/${level}/${version}`
      const pass = readdirSync(`${dir}/pass`)
      const fail = readdirSync(`${dir}/fail`)
      total += pass.length + fail.length
      it(`${level} ${version}: ${pass.length} pass and ${fail.length} fail fixtures`, async () => {
        const parsed = parsePssVersion(version)!
        const result = await scan({
          root: dir,
          pss: { level, minor: parsed.minor, label: version },
          ruleLevels: onlyPss,
        })
        expect(result.findings.filter((f) => !pssRuleIds.has(f.ruleId))).toEqual([])
        const byFile = new Map<string, typeof result.findings>()
        for (const f of result.findings) {
          const list = byFile.get(f.range.file) ?? []
          list.push(f)
          byFile.set(f.range.file, list)
        }
        const passFailures = pass
          .filter((f) => byFile.has(`pass/${f}`))
          .map((f) => `${f}: ${byFile.get(`pass/${f}`)![0].message}`)
        expect(passFailures).toEqual([])
        const missing: string[] = []
        const twice: string[] = []
        for (const f of fail) {
          const check = checkOf(f)
          // At restricted, a restricted check's fixture may hold what baseline rejects too.
          const overridden =
            level === 'restricted'
              ? OVERRIDES.find((o) => o.by === check && parsed.minor >= o.since)
              : undefined
          const accepted = [check, ...(overridden ? [overridden.replaces] : [])]
          const got = byFile.get(`fail/${f}`) ?? []
          const hit = got.find((x) =>
            accepted.some(
              (c) => x.ruleId === ruleOfCheck.get(c) && x.message.includes(SUBSTRING[c]),
            ),
          )
          if (!hit)
            missing.push(
              `${f} (want ${accepted.map((c) => ruleOfCheck.get(c)).join(' or ')}; got ${got.map((g) => g.ruleId).join(', ') || 'nothing'})`,
            )
          // What baseline rejects is never reported again by the restricted rule that overrides it.
          const spots = new Map<string, string>()
          for (const x of got) {
            const pair = OVERRIDES.find(
              (o) => ruleOfCheck.get(o.by) === x.ruleId || ruleOfCheck.get(o.replaces) === x.ruleId,
            )
            if (!pair) continue
            const key = `${pair.by}@${x.range.startLine}:${x.range.startColumn}`
            const seen = spots.get(key)
            if (seen && seen !== x.ruleId) twice.push(`${f}: ${seen} and ${x.ruleId} at ${key}`)
            spots.set(key, x.ruleId)
          }
        }
        expect(missing).toEqual([])
        expect(twice).toEqual([])
        expect(result.stats.workloads).toBe(pass.length + fail.length)
      })
    }
  }
  it('covers all 4537 fixture files', () => {
    expect(total).toBe(4537)
  })
})
