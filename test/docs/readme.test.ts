/**
 * The README tells the truth: its sample output is what `npm start` prints today, its option
 * tables name every option the help texts list (and nothing the CLI does not take), its
 * links to sections resolve, and its workflow examples pin actions the way it advises.
 *
 * KW_UPDATE_README=1 rewrites the demo block from the current output instead of comparing.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BASELINE_HELP, INIT_HELP, SCAN_HELP } from '../../src/cli/help.js'
import { runCli } from '../cli/run-cli.js'
import { projectRoot } from '../helpers/shared.js'

const readmePath = join(projectRoot, 'README.md')
const readme = () => readFileSync(readmePath, 'utf8')
const START = '<!-- demo-output:start -->\n```text\n'
const END = '```\n<!-- demo-output:end -->'

/** `--flag` names a help text lists in its option column. */
function helpOptions(help: string): string[] {
  const out = new Set<string>()
  for (const line of help.split('\n')) {
    const m = /^\s{2,6}(?:-\w, )?(--[a-z][a-z-]*)(?: \/ (--[a-z-]+))?/.exec(line)
    if (m) {
      out.add(m[1])
      if (m[2]) out.add(m[2])
    }
  }
  return [...out].sort()
}

/** The markdown table that follows a heading, as its first-column cells. */
function firstColumn(markdown: string, heading: string): string {
  const at = markdown.indexOf(heading)
  expect(at, heading).toBeGreaterThanOrEqual(0)
  const rest = markdown.slice(at)
  const table = /\n(\|[^\n]*\|\n\|[-| ]+\|\n(?:\|[^\n]*\|\n)+)/.exec(rest)
  expect(table, `a table under ${heading}`).not.toBeNull()
  return table![1]
    .split('\n')
    .slice(2)
    .map((row) => row.split('|')[1] ?? '')
    .join('\n')
}

describe('README', () => {
  it('shows the output npm start prints today', async () => {
    const script = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts
      .start as string
    const argv = /^node dist\/cli\/index\.js (.+)$/.exec(script)![1].split(' ')
    const res = await runCli(argv, projectRoot)
    expect(res.code).toBe(0)
    const text = readme()
    const from = text.indexOf(START)
    const to = text.indexOf(END, from)
    expect(from, 'the demo-output markers').toBeGreaterThan(0)
    if (process.env.KW_UPDATE_README === '1') {
      writeFileSync(
        readmePath,
        text.slice(0, from + START.length) + res.stdout + text.slice(to),
      )
      return
    }
    expect(text.slice(from + START.length, to)).toBe(res.stdout)
  })

  it('documents every option of scan, baseline and init, and no other', () => {
    const text = readme()
    const table = firstColumn(text, '## The CLI')
    const documented = [...table.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0])
    const offered = new Set([
      ...helpOptions(SCAN_HELP),
      ...helpOptions(BASELINE_HELP),
      ...helpOptions(INIT_HELP),
    ])
    for (const option of offered) expect(documented, `README row for ${option}`).toContain(option)
    for (const option of documented) expect([...offered], `${option} in a --help`).toContain(option)
  })

  it('links only to sections that exist', () => {
    const text = readme()
    const anchors = new Set(
      [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        m[1]
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      ),
    )
    for (const m of text.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, `#${m[1]}`).toContain(m[1])
  })

  it('pins every action in its workflow examples by commit, with the version in a comment', () => {
    const uses = [...readme().matchAll(/^\s*-?\s*uses: (\S+)(.*)$/gm)]
    expect(uses.length).toBeGreaterThan(5)
    for (const [line, ref, rest] of uses) {
      expect(ref, line).toMatch(/^[\w.-]+\/[\w./-]+@(<sha>|[0-9a-f]{40})$/)
      expect(rest, line).toMatch(/^ # v\d/)
    }
  })

  it('has a section on how to release', () => {
    const text = readme()
    expect(text).toMatch(/^## How to release$/m)
    const section = text.slice(text.indexOf('## How to release'))
    for (const word of ['v1', 'dist/', 'npm run build', 'git tag']) expect(section).toContain(word)
  })
})
