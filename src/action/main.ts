import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as core from '@actions/core'
import { countByLevel } from '../report/filter.js'
import { toSarif } from '../report/sarif.js'
import { scan } from '../scan.js'

/** The GitHub Action: scan the workspace and write SARIF. Inputs and reporters grow in src/action/. */
export async function run(): Promise<void> {
  try {
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const path = core.getInput('path') || '.'
    const sarifFile = core.getInput('sarif-file') || 'kube-whoami.sarif'
    const result = await scan({ root, paths: path === '.' ? [] : [path] })
    writeFileSync(
      resolve(root, sarifFile),
      JSON.stringify(toSarif(result.findings, result.rules, result.notices, { root }), null, 2),
    )
    const counts = countByLevel(result.findings)
    core.setOutput('sarif-file', sarifFile)
    core.setOutput('findings', String(counts.error + counts.warning + counts.note))
    core.info(
      `kube-whoami: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes; SARIF written to ${sarifFile}`,
    )
    if (counts.error > 0) core.setFailed(`kube-whoami found ${counts.error} errors`)
  } catch (e) {
    core.setFailed(`kube-whoami failed: ${(e as Error).message}`)
  }
}
