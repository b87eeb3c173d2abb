import type { Loc } from '../../k8s/source.js'
import type { Workload } from '../../k8s/workload.js'
import type { MissingField, RuleMeta, WorkloadRule } from '../types.js'
import { checkRuns, type PssCheckSpec, policyLabel } from './pss-policy.js'

/** One offending spot, worded like PSA's forbidden detail but about this spot alone. */
export interface PssItem {
  at: Loc
  detail: string
  /** The spot is a missing field: where it is added (in a chart, the values key that feeds it). */
  missing?: MissingField
}

/**
 * A failed check: PSA's ForbiddenReason and ForbiddenDetail for the whole pod (exactly as
 * the admission error prints them), plus the spots a person must edit.
 */
export interface PssResult {
  reason: string
  detail: string
  items: PssItem[]
}

export type PssEvaluate = (w: Workload, minor: number) => PssResult | undefined

export interface PssRuleDefinition extends PssCheckSpec {
  id: string
  meta: Omit<RuleMeta, 'pss' | 'severity' | 'tags'> & { tags?: string[] }
  evaluate: PssEvaluate
}

/** Each check's evaluation by PSA check id, for restricted checks that override a baseline one. */
const EVALUATORS = new Map<string, PssEvaluate>()

function spotKey(item: PssItem): string {
  return item.at.path.join('\u0000')
}

/**
 * The spots that the baseline checks a restricted check overrides also reject. PSA reports
 * them through the restricted check (hostPath as "restricted volume types"); here the
 * baseline check's rule reports them at every level, and the restricted rule leaves them out.
 */
function baselineSpots(spec: PssCheckSpec, w: Workload, minor: number): Set<string> {
  const spots = new Set<string>()
  if (!spec.overrides || minor < spec.overrides.since) return spots
  for (const check of spec.overrides.checks) {
    const result = EVALUATORS.get(check)?.(w, minor)
    for (const item of result?.items ?? []) spots.add(spotKey(item))
  }
  return spots
}

export interface PssRule extends WorkloadRule {
  spec: PssCheckSpec
  evaluate: PssEvaluate
}

/**
 * A workload rule for one PSA check. Baseline checks default to `error` (the API server
 * rejects such pods under the baseline level most clusters enforce); restricted-only
 * checks default to `warning`.
 */
export function definePssRule(def: PssRuleDefinition): PssRule {
  const spec: PssCheckSpec = {
    check: def.check,
    level: def.level,
    since: def.since,
    overrides: def.overrides,
  }
  EVALUATORS.set(def.check, def.evaluate)
  return {
    id: def.id,
    scope: 'workload',
    spec,
    evaluate: def.evaluate,
    meta: {
      ...def.meta,
      severity: def.level === 'baseline' ? 'error' : 'warning',
      tags: [
        'security',
        'kubernetes',
        'pod-security-standards',
        `pss-${def.level}`,
        ...(def.meta.tags ?? []),
      ],
      pss: { level: def.level, check: def.check },
    },
    check(ctx, w) {
      const policy = ctx.settings.pss
      if (!checkRuns(spec, policy)) return
      const result = def.evaluate(w, policy.minor)
      if (!result) return
      const baselineRejects = baselineSpots(spec, w, policy.minor)
      const ns = w.object.namespace ? ctx.settings.namespaces?.get(w.object.namespace) : undefined
      for (const item of result.items) {
        if (baselineRejects.has(spotKey(item))) continue
        const level = def.level
        const label = policyLabel(level, policy)
        let verdict = ''
        let findingLevel: 'error' | 'warning' | undefined
        if (ns) {
          // The namespace's enforce label decides: enforced checks are rejections, others advice.
          const enforced =
            ns.level === 'restricted' || (ns.level === 'baseline' && level === 'baseline')
          findingLevel = enforced ? 'error' : 'warning'
          verdict = enforced
            ? ` Namespace "${ns.namespace}" enforces PodSecurity "${ns.level}:${ns.version}": ${w.isTemplate ? 'the pods this creates are rejected' : 'the API server rejects this pod'}.`
            : ` Namespace "${ns.namespace}" enforces only "${ns.level}:${ns.version}", so this is not rejected there.`
        }
        const problem = `violates PodSecurity "${label}": ${result.reason} (${item.detail}).${verdict}`
        ctx.report({
          at: item.at,
          message: `${problem} ${def.meta.remediation}`,
          problem,
          fix: def.meta.remediation,
          missing: item.missing,
          level: findingLevel,
          related: ns
            ? [
                {
                  at: ns.at,
                  message: `namespace "${ns.namespace}" enforces ${ns.level}:${ns.version}`,
                },
              ]
            : undefined,
          properties: {
            pss: {
              level: def.level,
              check: def.check,
              version: policy.label,
            },
            // This spot's part of what the API server prints: the whole text names every container,
            // which would make a pod of N containers report N² names.
            admission: { reason: result.reason, detail: item.detail },
          },
        })
      }
    },
  }
}
