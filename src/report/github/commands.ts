/**
 * Workflow commands (`::name key=value,...::message`) as the runner parses them. Values are
 * escaped with the toolkit's rules: data escapes `%`, CR and LF; properties also escape `:`
 * and `,`, which would otherwise end the property. Without escaping, a message from the
 * scanned repository could cut an annotation short or carry a second command.
 */
import { randomUUID } from 'node:crypto'

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One command line; properties that are undefined or empty are left out, in the order given. */
export function workflowCommand(
  name: string,
  properties: ReadonlyArray<readonly [string, string | number | undefined]>,
  message: string,
): string {
  const props = properties
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
  return `::${name}${props.length ? ' ' + props.join(',') : ''}::${escapeData(message)}`
}

/**
 * A token for `::stop-commands::`, so that text from the scanned repository printed to the
 * log (file names, messages) cannot be read as commands. Random, as the runner asks.
 */
export function stopCommandsToken(): string {
  return `kube-whoami-${randomUUID()}`
}
