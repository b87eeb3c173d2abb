import * as core from '@actions/core'

/** Counts warning annotations this step issues itself, which share GitHub's per-level limit with findings. */
export class WarningCounter {
  count = 0
  warn(message: string): void {
    this.count++
    core.warning(message, { title: 'kube-whoami' })
  }
}
