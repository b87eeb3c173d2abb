/** What the CLI touches of the outside world, so that tests can run it in-process. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  /** Whether stdout is a terminal (colour and styling). */
  isTTY: boolean
  /** Whether stderr is a terminal (a progress line on long scans). */
  stderrTTY?: boolean
  env: Record<string, string | undefined>
}

/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  internal: 3,
} as const
