/**
 * A set of named templates sharing functions and options: Go's *template.Template with
 * its associated templates (`common`). Parsing a text adds its main template and every
 * `define`/`block` in it; later definitions replace earlier ones, except that an empty
 * body never replaces a non-empty one (Go's associate rule).
 */
import type { GoValue } from './value.js'
import { parseTemplates, ParseFailure } from './parser.js'
import type { Tree } from './nodes.js'
import { Executor } from './exec.js'
import type { ExecEnv, ExecHooks, MissingKey } from './exec.js'
import { TemplateError } from './errors.js'
import { builtinNames } from './builtins.js'
import type { FuncMap } from './functions.js'
import { isEmptyTree } from './nodes.js'
import { quote } from './strconv.js'

export interface TemplateSetOptions {
  /** Functions callable from templates; they take precedence over Go's builtins. */
  funcs?: FuncMap
  /** Go's missingkey option: default (same as invalid), zero or error. */
  missingKey?: MissingKey
  /** Maximum nesting of {{template}} calls (Go: 100000). */
  maxDepth?: number
  /** Name of the set's root template, used in "no template ... associated" errors. */
  name?: string
}

export interface ParseTextOptions {
  leftDelim?: string
  rightDelim?: string
}

export interface ExecuteOptions {
  hooks?: ExecHooks
}

const hasOwn = Object.prototype.hasOwnProperty

export class TemplateSet implements ExecEnv {
  funcs: FuncMap
  missingKey: MissingKey
  maxDepth: number
  readonly name: string
  private trees: Map<string, Tree>

  constructor(options: TemplateSetOptions = {}) {
    this.funcs = { ...(options.funcs ?? {}) }
    this.missingKey = options.missingKey ?? 'default'
    this.maxDepth = options.maxDepth ?? 100000
    this.name = options.name ?? ''
    this.trees = new Map()
  }

  /** Adds (or replaces) functions; they must be present before parsing calls them. */
  addFuncs(funcs: FuncMap): this {
    Object.assign(this.funcs, funcs)
    return this
  }

  hasFunction(name: string): boolean {
    return (
      (hasOwn.call(this.funcs, name) && this.funcs[name] !== undefined) || builtinNames.has(name)
    )
  }

  /**
   * Parses `text` as template `name`, adding it and the templates it defines.
   * Throws TemplateError (kind 'parse') with Go's message; nothing is added on error.
   */
  parse(name: string, text: string, options: ParseTextOptions = {}): void {
    let trees: Map<string, Tree>
    try {
      trees = parseTemplates(name, text, {
        leftDelim: options.leftDelim,
        rightDelim: options.rightDelim,
        hasFunction: (n) => this.hasFunction(n),
      })
    } catch (e) {
      if (e instanceof ParseFailure) {
        throw new TemplateError(e.message, 'parse', e.parseName, e.parseName, e.line, 0)
      }
      throw e
    }
    for (const [tname, tree] of trees) {
      const old = this.trees.get(tname)
      if (old !== undefined && isEmptyTree(tree.root)) continue
      this.trees.set(tname, tree)
    }
  }

  has(name: string): boolean {
    return this.trees.has(name)
  }

  /** Names of all templates in the set (unordered, like Go's Templates()). */
  names(): string[] {
    return [...this.trees.keys()]
  }

  lookup(name: string): Tree | undefined {
    return this.trees.get(name)
  }

  /** Executes template `name` with `data` as dot and $. Throws TemplateError (kind 'exec'). */
  execute(name: string, data: GoValue, options: ExecuteOptions = {}): string {
    const tree = this.trees.get(name)
    if (tree === undefined) {
      throw new TemplateError(
        `template: no template ${quote(name)} associated with template ${quote(this.name)}`,
        'exec',
        name,
        undefined,
        0,
        0,
      )
    }
    const ex = new Executor(this, name, options.hooks)
    return ex.run(tree, data)
  }

  /** A copy sharing the parsed trees; parsing into the copy leaves this set unchanged. */
  clone(options: Partial<TemplateSetOptions> = {}): TemplateSet {
    const c = new TemplateSet({
      funcs: options.funcs ?? this.funcs,
      missingKey: options.missingKey ?? this.missingKey,
      maxDepth: options.maxDepth ?? this.maxDepth,
      name: options.name ?? this.name,
    })
    c.trees = new Map(this.trees)
    return c
  }
}
