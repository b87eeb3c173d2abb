/**
 * Runs the bundled action as the runner does: a separate `node dist/index.js` process with
 * every input of action.yml as INPUT_<NAME> (defaults filled in, `${{ github.token }}` as a
 * token), the GITHUB_* variables, an event payload file and the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, then reads back what the step left behind.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Sarif from 'sarif'
import { parse } from 'yaml'
import { projectRoot } from '../helpers/shared.js'
import {
  parseOutputFile,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './workflow-commands.js'

export const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
export const REPO = { owner: 'acme', name: 'shop' }
export const MERGE_SHA = '3f9c2a7d1b5e8c4a6f0d2b9e7c1a5f3d8b6e4c2a'
export const HEAD_SHA = '9b1d4e7a2c5f8b3e6d9a1c4f7b2e5d8a3c6f9b1e'
export const BASE_SHA = '5e8b1c4f7a2d5e8b1c4f7a2d5e8b1c4f7a2d5e8b'

interface ActionYaml {
  inputs: Record<string, { default?: string }>
}

const actionYaml = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as ActionYaml

export interface RunOptions {
  node: string
  /** The bundled action (a copy of dist/index.js). */
  bundle: string
  workspace: string
  inputs?: Record<string, string>
  eventName: string
  payload?: unknown
  /** GITHUB_REF and GITHUB_SHA. */
  ref: string
  sha: string
  apiUrl?: string
  env?: Record<string, string>
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
  annotations: WorkflowCommand[]
  sarif?: Sarif.Log
}

/** A fresh copy of the fixture repository as the job's workspace. */
export function workspaceFrom(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-action-'))
  const ws = join(dir, 'workspace')
  cpSync(fixture, ws, { recursive: true })
  return ws
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'kw-runner-'))
  const outputFile = join(runnerDir, 'output')
  const summaryFile = join(runnerDir, 'summary')
  const eventFile = join(runnerDir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(o.payload ?? {}))

  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v
  }
  for (const [name, spec] of Object.entries(actionYaml.inputs)) {
    const given = o.inputs?.[name]
    const value = given ?? (spec.default ?? '').replace('${{ github.token }}', TOKEN)
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: `${REPO.owner}/${REPO.name}`,
    GITHUB_REPOSITORY_OWNER: REPO.owner,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: runnerDir,
    NO_PROXY: '127.0.0.1,localhost',
    ...o.env,
  })

  const child = spawn(o.node, [o.bundle], {
    cwd: o.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (c) => resolve(c))
  })
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  const commands = parseWorkflowCommands(stdout)
  const sarifPath = outputs['sarif-file'] && join(o.workspace, outputs['sarif-file'])
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.name)),
    ...(sarifPath && existsSync(sarifPath)
      ? { sarif: JSON.parse(readFileSync(sarifPath, 'utf8')) as Sarif.Log }
      : {}),
  }
}
