/**
 * The rule documentation is checked like code: one page per registered rule and no page
 * without a rule, fixed sections in a fixed order, a summary that matches the rule's
 * metadata, working relative links, YAML examples that parse, and the embedded copy the
 * bundles carry (SARIF help, job summary) identical to the pages.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA } from '../../src/config/schema.generated.js'
import { ruleDocsUrl } from '../../src/core/project.js'
import { RULE_DOC_SECTIONS, ruleDocPage, ruleDocSection, ruleHelpMarkdown } from '../../src/report/rule-help.js'
import { RULES } from '../../src/rules/index.js'
import { projectRoot } from '../helpers/shared.js'

const docsDir = join(projectRoot, 'docs', 'rules')
const pages = readdirSync(docsDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort()
const read = (id: string) => readFileSync(join(docsDir, `${id}.md`), 'utf8')

function fences(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], body: m[2] }))
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  )
}

describe('rule documentation pages', () => {
  it('every registered rule has a page, and every page a rule', () => {
    const ids = RULES.map((r) => r.id).sort()
    expect(ids.filter((id) => !pages.includes(id)), 'rules without docs/rules/<id>.md').toEqual([])
    expect(pages.filter((p) => !ids.includes(p)), 'pages without a rule').toEqual([])
  })

  for (const rule of RULES) {
    describe(rule.id, () => {
      const file = join(docsDir, `${rule.id}.md`)
      const text = existsSync(file) ? read(rule.id) : ''

      it('has the title, a summary from the rule metadata, and the fixed sections in order', () => {
        expect(text, `docs/rules/${rule.id}.md is missing`).not.toBe('')
        const lines = text.split('\n')
        expect(lines[0]).toBe(`# ${rule.id}`)
        expect(lines[1]).toBe('')
        expect(lines[2]).toContain(`**${rule.meta.title}**`)
        expect(lines[2]).toContain(`default level: ${rule.meta.severity}`)
        if (rule.meta.pss) expect(lines[2]).toContain(`Pod Security Standards ${rule.meta.pss.level} (\`${rule.meta.pss.check}\`)`)
        const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])
        expect(headings).toEqual([...RULE_DOC_SECTIONS])
        const prose = text.replace(/^```[\s\S]*?^```$/gm, '')
        expect(/^# /m.test(prose.slice(1)), 'one title only').toBe(false)
      })

      it('shows how to fix with code, how to suppress this rule, and references', () => {
        const fix = ruleDocSection(rule.id, 'How to fix') ?? ''
        expect(fences(fix).length, 'How to fix needs before/after examples').toBeGreaterThanOrEqual(2)
        const suppress = ruleDocSection(rule.id, 'How to suppress') ?? ''
        expect(suppress).toContain(rule.id)
        const refs = ruleDocSection(rule.id, 'References') ?? ''
        expect(refs).toMatch(/^- \[[^\]]+\]\(https?:\/\/[^)]+\)$/m)
        for (const section of ['What it detects', 'Why it matters'] as const)
          expect((ruleDocSection(rule.id, section) ?? '').length).toBeGreaterThan(80)
      })

      it('YAML examples parse, and relative links reach existing files and headings', () => {
        for (const f of fences(text).filter((f) => f.lang === 'yaml')) {
          const errors = parseAllDocuments(f.body).flatMap((d) => ('errors' in d ? d.errors : []))
          expect(errors.map((e) => e.message), f.body).toEqual([])
        }
        for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
          const target = m[1]
          if (/^[a-z]+:/i.test(target)) continue
          const [path, hash] = target.split('#')
          const abs = resolve(docsDir, path)
          expect(existsSync(abs), `${target} does not exist`).toBe(true)
          if (hash) expect(anchors(readFileSync(abs, 'utf8')), `${target}: no such heading`).toContain(hash)
        }
      })

      it('is the SARIF help, with absolute links', () => {
        const help = ruleHelpMarkdown(rule)
        expect(help.startsWith(`# ${rule.id}\n`)).toBe(true)
        expect(help).toContain(ruleDocsUrl(rule.id))
        expect([...help.matchAll(/\]\(([^)\s]+)\)/g)].filter((m) => !/^https:\/\//.test(m[1]))).toEqual([])
      })
    })
  }

  it('the embedded copy and the schema rule list are generated from the current pages', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'generate-assets.mjs'), '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    for (const id of pages) expect(ruleDocPage(id)).toBe(read(id))
    const ruleProps = (CONFIG_SCHEMA.properties as { rules: { properties: object } }).rules.properties
    expect(Object.keys(ruleProps).sort()).toEqual(pages)
  })

  it('the README links every page', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8')
    expect(dirname(docsDir)).toBe(join(projectRoot, 'docs'))
    for (const id of pages) expect(readme, id).toContain(`docs/rules/${id}.md`)
  })
})
