/**
 * `helm template` as a command: the same arguments (`[NAME] CHART`, -n, -f, --set*,
 * --kube-version, --api-versions, --include-crds, --skip-tests, --no-hooks, --show-only,
 * --is-upgrade, --skip-schema-validation), the same stdout byte for byte, warnings and
 * `Error: ...` on stderr as helm prints them, exit status 1 on failure.
 *
 * `--release-name NAME` also sets the release name (kube-whoami's spelling); given as a
 * bare switch, as in helm, it changes nothing since no output directory is written.
 */
import { TOOL_VERSION } from '../core/project.js'
import { renderChart, type RenderOptions } from './render.js'
import { RENDER_FLAGS, type RenderFlag, renderHelp, takesValue } from './render-flags.js'
import { pushAll } from '../core/arrays.js'

export interface RenderIO {
  stdout(s: string): void
  stderr(s: string): void
  cwd: string
}

class UsageError extends Error {}

function parseBool(v: string, flag: string): boolean {
  if (/^(1|t|T|TRUE|true|True)$/.test(v)) return true
  if (/^(0|f|F|FALSE|false|False)$/.test(v)) return false
  throw new UsageError(
    `invalid argument "${v}" for "--${flag}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`,
  )
}

/** pflag's StringSlice: a comma-separated list (CSV). */
function csv(v: string): string[] {
  if (v === '') return []
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < v.length; i++) {
    const c = v[i]
    if (c === '"') {
      if (quoted && v[i + 1] === '"') {
        cur += '"'
        i++
      } else quoted = !quoted
    } else if (c === ',' && !quoted) {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

interface Parsed {
  positional: string[]
  options: RenderOptions
  releaseNameFlag: string | undefined
  help: boolean
}

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = []
  const o: RenderOptions = {
    valuesFiles: [],
    set: [],
    setString: [],
    setFile: [],
    setJson: [],
    setLiteral: [],
    apiVersions: [],
    showOnly: [],
  }
  let releaseNameFlag: string | undefined
  let help = false
  const apply = (
    spec: RenderFlag,
    value: string | undefined,
    next: () => string | undefined,
  ): void => {
    let v = value
    if (spec.name === 'help') {
      help = true
      return
    }
    if (spec.support === 'no') {
      throw new UsageError(
        `flag --${spec.name} is not supported by kube-whoami render${spec.note ? `: ${spec.note}` : ''}`,
      )
    }
    if (takesValue(spec) && v === undefined) {
      v = next()
      if (v === undefined) {
        throw new UsageError(
          `flag needs an argument: ${spec.short ? `'${spec.short}' in -${spec.short}` : `--${spec.name}`}`,
        )
      }
    }
    switch (spec.name) {
      case 'namespace':
        o.namespace = v
        break
      case 'values':
        pushAll(o.valuesFiles!, csv(v!))
        break
      case 'set':
        o.set!.push(v!)
        break
      case 'set-string':
        o.setString!.push(v!)
        break
      case 'set-file':
        o.setFile!.push(v!)
        break
      case 'set-json':
        o.setJson!.push(v!)
        break
      case 'set-literal':
        o.setLiteral!.push(v!)
        break
      case 'kube-version':
        o.kubeVersion = v
        break
      case 'api-versions':
        pushAll(o.apiVersions!, csv(v!))
        break
      case 'show-only':
        o.showOnly!.push(v!)
        break
      case 'include-crds':
        o.includeCrds = v === undefined ? true : parseBool(v, spec.name)
        break
      case 'skip-tests':
        o.skipTests = v === undefined ? true : parseBool(v, spec.name)
        break
      case 'no-hooks':
        o.noHooks = v === undefined ? true : parseBool(v, spec.name)
        break
      case 'is-upgrade':
        o.isUpgrade = v === undefined ? true : parseBool(v, spec.name)
        break
      case 'skip-schema-validation':
        o.skipSchemaValidation = v === undefined ? true : parseBool(v, spec.name)
        break
      case 'release-name':
        // helm: a bool for --output-dir; kube-whoami: `--release-name=NAME` names the release.
        if (v !== undefined && !/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(v)) {
          releaseNameFlag = v
        }
        break
      default:
        // Accepted with no effect; a boolean's value must still read as one, as pflag checks.
        if (spec.type === undefined && v !== undefined) parseBool(v, spec.name)
        break
    }
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const next = (): string | undefined => (i + 1 < argv.length ? argv[++i] : undefined)
    if (a === '--') {
      pushAll(positional, argv.slice(i + 1))
      break
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2)
      const spec = RENDER_FLAGS.find((f) => f.name === name)
      if (!spec) throw new UsageError(`unknown flag: --${name}`)
      if (spec.name === 'release-name' && eq < 0) {
        // `--release-name NAME CHART`: the word after it names the release when a chart follows.
        const rest = argv.slice(i + 1).filter((x) => !x.startsWith('-'))
        if (
          argv[i + 1] !== undefined &&
          !argv[i + 1].startsWith('-') &&
          rest.length >= 2 - positional.length
        ) {
          releaseNameFlag = argv[++i]
        }
        continue
      }
      apply(spec, eq >= 0 ? a.slice(eq + 1) : undefined, next)
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      // Shorthand: -n ns, -nns, -n=ns; a bool shorthand (-h, -g) stands alone.
      const short = a[1]
      const spec = RENDER_FLAGS.find((f) => f.short === short)
      if (!spec) throw new UsageError(`unknown shorthand flag: '${short}' in ${a}`)
      if (!takesValue(spec) && a.length === 2) {
        apply(spec, undefined, next)
        continue
      }
      let value: string | undefined = a.length > 2 ? a.slice(2) : undefined
      if (value !== undefined && value.startsWith('=')) value = value.slice(1)
      apply(spec, value, next)
      continue
    }
    positional.push(a)
  }
  return { positional, options: o, releaseNameFlag, help }
}

/** Runs like `helm template ARGS`; returns the exit status. */
export async function runRender(argv: string[], io: RenderIO): Promise<number> {
  let parsed: Parsed
  try {
    parsed = parseArgs(argv)
  } catch (e) {
    io.stderr(`Error: ${(e as Error).message}\n`)
    return 1
  }
  const { positional, options, releaseNameFlag } = parsed
  if (parsed.help) {
    io.stdout(renderHelp(TOOL_VERSION))
    return 0
  }
  if (positional.length === 0) {
    io.stderr(
      'Error: "helm template" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]\n',
    )
    return 1
  }
  if (positional.length > 2) {
    io.stderr(
      `Error: expected at most two arguments, unexpected arguments: ${positional.slice(2).join(', ')}\n`,
    )
    return 1
  }
  const chart = positional.length === 2 ? positional[1] : positional[0]
  const releaseName = positional.length === 2 ? positional[0] : (releaseNameFlag ?? 'release-name')
  const result = renderChart(chart.trim(), {
    ...options,
    releaseName,
    cwd: io.cwd,
    root: io.cwd,
  })
  if (result.warnings) io.stderr(result.warnings)
  if (!result.ok) {
    io.stderr(`Error: ${result.error?.message ?? 'rendering failed'}\n`)
    return 1
  }
  io.stdout(result.output)
  return 0
}
