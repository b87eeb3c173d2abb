import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CONFIG_FILE_NAMES } from '../config/load.js'
import { type StarterChart, starterConfig } from '../config/starter.js'
import { discover } from '../discover/walk.js'
import { collectLinks } from '../images/links/index.js'
import { scan } from '../scan.js'
import { type CliIO, EXIT } from './io.js'

const VALUES_VARIANT_RE = /^values[-.](.+)\.ya?ml$/

/**
 * `kube-whoami init [PATH] [--force] [-o FILE]`: writes a commented starter
 * `.kube-whoami.yaml` at PATH (default: the current directory) with the image links and
 * charts found there filled in. `-o -` prints it instead.
 */
export async function runInit(argv: string[], io: CliIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
      },
    })
  } catch (e) {
    io.stderr(`kube-whoami: ${(e as Error).message}\nRun kube-whoami --help for usage.\n`)
    return EXIT.usage
  }
  if (parsed.positionals.length > 1) {
    io.stderr('kube-whoami: init takes one folder\n')
    return EXIT.usage
  }
  const root = resolve(io.cwd, parsed.positionals[0] ?? '.')
  if (!existsSync(root)) {
    io.stderr(`kube-whoami: path not found: ${parsed.positionals[0]}\n`)
    return EXIT.usage
  }
  const v = parsed.values
  const target = v.output ? resolve(io.cwd, v.output) : join(root, CONFIG_FILE_NAMES[0])
  const existing = v.output ? [target] : CONFIG_FILE_NAMES.map((n) => join(root, n))
  if (v.output !== '-' && !v.force && existing.some((p) => existsSync(p))) {
    io.stderr(
      `kube-whoami: ${existing.find((p) => existsSync(p))} already exists; pass --force to overwrite it\n`,
    )
    return EXIT.usage
  }

  const discovery = discover({ root })
  const links = collectLinks({
    root,
    files: {
      workflows: discovery.workflows,
      compose: discovery.compose,
      skaffold: discovery.skaffold,
      scripts: discovery.scripts,
      dockerfiles: discovery.dockerfiles,
    },
    readFile: (rel) => readFileSync(join(root, rel), 'utf8'),
  })
  const charts: StarterChart[] = discovery.charts.map((path) => ({
    path,
    variants: valuesVariants(join(root, path)).map((f) => ({
      name: VALUES_VARIANT_RE.exec(f)![1],
      values: `${path === '.' ? '' : `${path}/`}${f}`,
    })),
  }))
  // The images the workloads run give names to links whose image holds variables.
  const scanned = await scan({ root })
  const deployedImages = [...new Set(scanned.identities.flatMap((i) => (i.image ? [i.image] : [])))]
  const text = starterConfig({
    links: links.links,
    patternLinks: links.patternLinks,
    charts,
    deployedImages,
  })
  if (v.output === '-') {
    io.stdout(text)
    return EXIT.ok
  }
  writeFileSync(target, text)
  const imageCount = links.links.filter((l) => l.evidence.kind !== 'config').length
  io.stdout(
    `kube-whoami: wrote ${v.output ?? CONFIG_FILE_NAMES[0]} (${imageCount} image ${imageCount === 1 ? 'link' : 'links'}, ${charts.length} ${charts.length === 1 ? 'chart' : 'charts'})\n`,
  )
  return EXIT.ok
}

function valuesVariants(chartDir: string): string[] {
  try {
    return readdirSync(chartDir)
      .filter((f) => VALUES_VARIANT_RE.test(f) && f !== 'values.schema.json')
      .sort()
  } catch {
    return []
  }
}
