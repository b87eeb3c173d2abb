import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { readRootText } from '../core/root-files.js'
import { join, relative, resolve } from 'node:path'
import { CONFIG_FILE_NAMES } from '../config/file.js'
import { type StarterChart, starterConfig } from '../config/starter.js'
import { discover } from '../discover/walk.js'
import { collectLinks } from '../images/links/index.js'
import { scan } from '../scan.js'
import { parseCommand } from './args.js'
import { INIT_HELP } from './help.js'
import { type CliIO, EXIT } from './io.js'

const VALUES_VARIANT_RE = /^values[-.](.+)\.ya?ml$/

/**
 * `kube-whoami init [PATH] [--force] [-o FILE]`: writes a commented starter
 * `.kube-whoami.yaml` at PATH (default: the current directory) with the image links and
 * charts found there filled in. `-o -` prints it instead.
 */
export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand<{ output?: string; force?: boolean }>(
    'init',
    argv,
    {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    INIT_HELP,
    io,
  )
  if (typeof parsed === 'number') return parsed
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
    readFile: (rel) => readRootText(root, rel),
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
  const lines = [
    `kube-whoami: wrote ${target} (${imageCount} image ${imageCount === 1 ? 'link' : 'links'}, ${charts.length} ${charts.length === 1 ? 'chart' : 'charts'})`,
  ]
  for (const c of charts) {
    if (!c.variants.length) continue
    const names = c.variants.map((v) => v.name)
    lines.push(
      `  ${c.path}: rendered as ${['default', ...names].join(', ')}; ${names.map((n, i) => `${n} adds ${c.variants[i].values}`).join(', ')} on top of values.yaml, which can add findings`,
    )
  }
  const scanPath = relative(io.cwd, root) || '.'
  lines.push(`Review it, then run: kube-whoami scan ${scanPath}`)
  io.stdout(lines.join('\n') + '\n')
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
