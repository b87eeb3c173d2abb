/**
 * @actions/github builds its `context` when it is loaded and parses the payload at
 * GITHUB_EVENT_PATH then: a malformed payload throws before any line of the action runs (a
 * stack trace, no SARIF, no summary). The action reads the payload itself (event.ts reports a
 * bad one as a warning and goes on), so the variable is hidden while the modules load and put
 * back before run(). This module must be the entry's first import.
 */
const eventPath = process.env.GITHUB_EVENT_PATH
delete process.env.GITHUB_EVENT_PATH

/** Puts GITHUB_EVENT_PATH back as the runner set it. */
export function restoreEventPath(): void {
  if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath
}

/** Hides it again (the action runs here after all, and its modules are still to load). */
export function hideEventPath(): void {
  delete process.env.GITHUB_EVENT_PATH
}
