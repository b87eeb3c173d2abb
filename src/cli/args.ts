/**
 * Command-line parsing shared by the commands: node:util parseArgs with `-h/--help` on
 * every command and errors worded for a person (node's own name the option in quotes and
 * suggest `-- "--x"`, which reads as a broken quote in a terminal).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { didYouMean } from '../config/errors.js'
import { type CliIO, EXIT } from './io.js'

type Options = NonNullable<ParseArgsConfig['options']>

export interface Parsed<T> {
  values: T
  positionals: string[]
}

/**
 * Parses `argv` for a command. Returns the parsed values, or an exit code after printing
 * the command's help (`-h`, `--help`: exit 0) or a usage error (exit 2).
 */
export function parseCommand<T>(
  command: string,
  argv: string[],
  options: Options,
  help: string,
  io: CliIO,
): Parsed<T> | number {
  if (argv.includes('-h') || argv.includes('--help')) {
    const end = argv.indexOf('--')
    const at = argv.findIndex((a) => a === '-h' || a === '--help')
    if (end < 0 || at < end) {
      io.stdout(help)
      return EXIT.ok
    }
  }
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options, strict: true })
    return parsed as unknown as Parsed<T>
  } catch (e) {
    io.stderr(
      `kube-whoami ${command}: ${usageMessage(e as Error & { code?: string }, options)}\n` +
        `Run kube-whoami ${command} --help for usage.\n`,
    )
    return EXIT.usage
  }
}

function usageMessage(e: Error & { code?: string }, options: Options): string {
  const quoted = /'(-{1,2}[^'\s]*)'/.exec(e.message)?.[1]
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = quoted ?? e.message
      const hint = closestOption(name, options)
      return `unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}`
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--([\w-]+)/.exec(e.message)?.[1]
      if (name && options[name]?.type === 'string') return `option --${name} needs a value`
      if (name) return `option --${name} takes no value`
      return e.message
    }
    default:
      return e.message
  }
}

function closestOption(word: string, options: Options): string | undefined {
  const bare = word.replace(/^-+/, '').split('=')[0]
  const hit = didYouMean(bare, Object.keys(options))
  return hit ? `--${hit}` : undefined
}
