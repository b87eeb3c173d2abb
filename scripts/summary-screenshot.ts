/**
 * npm run summary:screenshot -- [PATH] [--out DIR]: the job summary the action writes for a
 * scan of PATH (default: demo), seen as a reviewer sees it. The markdown is rendered with a
 * GitHub-flavoured renderer (marked, GFM) and GitHub's markdown CSS at the 1012 px content
 * width of a run's summary page, and photographed in headless Chromium (Debian's `chromium`:
 * `apt-get install -y chromium fonts-noto-color-emoji`). Writes summary.md, summary.html and
 * summary.png to DIR (default: a folder under the system's temp dir) and prints the height in
 * pixels, in screens of 1000 px, where the first error finding starts, and whether every table
 * fits the width without scrolling.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { marked } from 'marked'
import { chromium } from 'playwright-core'
import { loadConfig } from '../src/config/load.js'
import { scanOptionsFromConfig } from '../src/config/scan-options.js'
import { countByLevel } from '../src/report/filter.js'
import { hiddenAnnotationsText, planAnnotations } from '../src/report/github/annotations.js'
import { renderSummary } from '../src/report/github/summary.js'
import { failingFindings } from '../src/report/severity.js'
import { RULES } from '../src/rules/index.js'
import { scan } from '../src/scan.js'

/** GitHub's content width on a run's summary page. */
const WIDTH = 1012
/** One screen, for "about three screens". */
const SCREEN = 1000
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

async function summaryMarkdown(path: string): Promise<string> {
  const root = resolve(path)
  const loaded = loadConfig(
    root,
    undefined,
    RULES.map((r) => r.id),
  )
  const result = await scan({ root, ...scanOptionsFromConfig(root, loaded) })
  const rules = new Map(result.rules.map((r) => [r.id, r.meta]))
  const reported = result.findings.filter((f) => !f.suppression)
  const failing = failingFindings(result.findings, 'error')
  const plan = planAnnotations(reported, {
    repoPath: (f) => f,
    severity: (id) => rules.get(id)?.securitySeverity ?? 0,
    reserved: { error: failing.length ? 1 : 0 },
  })
  const hidden = hiddenAnnotationsText(plan)
  const delivery = [
    'Code scanning: uploaded for the scanned commit (example).',
    hidden ? `Annotations: ${hidden}` : `Annotations: all ${reported.length} findings shown.`,
    'SARIF report: `kube-whoami.sarif`.',
  ]
  return renderSummary({
    findings: reported,
    suppressed: result.findings.filter((f) => f.suppression),
    rule: (id) => rules.get(id),
    identities: result.identities,
    notices: result.notices,
    outcome: { failOn: 'error', failing: countByLevel(failing) },
    policy: `${result.settings.pss.level}:${result.settings.pss.label}`,
    stats: result.stats,
    delivery,
    repoPath: (f) => f,
    links: {
      lines: (file, start, end) =>
        `https://github.com/acme/repo/blob/0123456789abcdef/${file}${start ? `#L${start}-L${end ?? start}` : ''}`,
    },
    sarifFile: 'kube-whoami.sarif',
  })
}

function page(markdown: string): string {
  const require = createRequire(import.meta.url)
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
  const body = marked.parse(markdown, { gfm: true, async: false })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: content-box; width: ${WIDTH}px; padding: 16px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`
}

interface Measured {
  height: number
  /** Top of the first error finding listed (its 🔴 line), from the top of the summary. */
  firstError: number | null
  tables: { head: string; overflow: number; open: boolean }[]
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' } },
  })
  const target = positionals[0] ?? 'demo'
  const out = resolve(
    values.out ?? join(tmpdir(), 'kube-whoami-summary', basename(resolve(target))),
  )
  if (!existsSync(CHROMIUM)) {
    console.error(
      `${CHROMIUM} not found: apt-get install -y chromium fonts-noto-color-emoji (or set CHROMIUM)`,
    )
    process.exitCode = 2
    return
  }
  mkdirSync(out, { recursive: true })
  const markdown = await summaryMarkdown(target)
  const html = page(markdown)
  writeFileSync(join(out, 'summary.md'), markdown)
  writeFileSync(join(out, 'summary.html'), html)
  const profile = mkdtempSync(join(tmpdir(), 'kw-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: WIDTH + 32, height: 800 },
  })
  try {
    const tab = context.pages()[0] ?? (await context.newPage())
    await tab.setContent(html, { waitUntil: 'load' })
    // Runs in the page (the project's types have no DOM): the height, and each table's overflow.
    const measured = (await tab.evaluate(`(() => {
      const article = document.querySelector('article')
      const tables = [...document.querySelectorAll('table')].map((t) => ({
        head: t.querySelector('th')?.textContent ?? '',
        overflow: t.scrollWidth - t.clientWidth,
        open: t.closest('details') === null || t.closest('details').open,
      }))
      const top = article.getBoundingClientRect().top
      const error = [...article.querySelectorAll('li, tbody tr')].find(
        (e) => e.textContent.includes('🔴') && !e.textContent.includes('Errors'),
      )
      const firstError = error ? error.getBoundingClientRect().top - top : null
      return { height: article.getBoundingClientRect().height, firstError, tables }
    })()`)) as Measured
    await tab.screenshot({ path: join(out, 'summary.png'), fullPage: true })
    const height = Math.round(measured.height)
    console.log(`${join(out, 'summary.png')}`)
    console.log(
      `height: ${height} px (${(height / SCREEN).toFixed(1)} screens of ${SCREEN} px) at ${WIDTH} px`,
    )
    console.log(
      measured.firstError === null
        ? 'first error: none listed'
        : `first error: ${Math.round(measured.firstError)} px from the top`,
    )
    for (const t of measured.tables.filter((x) => x.open)) {
      console.log(
        `table "${t.head}": ${t.overflow > 0 ? `scrolls (${t.overflow} px too wide)` : 'fits the width'}`,
      )
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

await main()
