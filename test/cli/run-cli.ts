import { main } from '../../src/cli/main.js'

/**
 * Runs the CLI in-process with captured output. Registry lookups stay offline (cache and
 * table only) unless `env` says otherwise.
 */
export async function runCli(argv: string[], cwd: string, given: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = {
    KUBE_WHOAMI_OFFLINE: '1',
    XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
    DOCKER_CONFIG: process.env.DOCKER_CONFIG,
    ...given,
  }
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s
    },
    stderr: (s) => {
      stderr += s
    },
    cwd,
    isTTY: false,
    env,
  })
  return { code, stdout, stderr }
}
