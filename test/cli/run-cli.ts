import { main } from '../../src/cli/main.js'

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}) {
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
