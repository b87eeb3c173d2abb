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
import { funcOf } from './functions.js'
import type { FuncMap } from './functions.js'
import { isEmptyTree } from './nodes.js'
import { quote } from './strconv.js'
import { cachedParse, rememberParse } from './parse-cache.js'

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

export class TemplateSet implements ExecEnv {
  /** Functions; an overlay object whose prototype chain holds earlier layers. */
  funcs: FuncMap
  missingKey: MissingKey
  maxDepth: number
  readonly name: string
  /** Templates added to this set since it was created or last cloned. */
  private own = new Map<string, Tree>()
  /** Frozen maps shared with clones, nearest first. */
  private layers: Map<string, Tree>[] = []
  private ownShared = false

  constructor(options: TemplateSetOptions = {}) {
    this.funcs = options.funcs ?? {}
    this.missingKey = options.missingKey ?? 'default'
    this.maxDepth = options.maxDepth ?? 100000
    this.name = options.name ?? ''
  }

  /**
   * Adds (or replaces) functions; they must be present before parsing calls them.
   * The caller's function objects are never mutated: the set gets an overlay.
   */
  addFuncs(funcs: FuncMap): this {
    const overlay = Object.create(this.funcs) as FuncMap
    for (const name of Object.keys(funcs)) overlay[name] = funcs[name]
    this.funcs = overlay
    return this
  }

  hasFunction(name: string): boolean {
    return funcOf(this.funcs, name) !== undefined || builtinNames.has(name)
  }

  /**
   * Parses `text` as template `name`, adding it and the templates it defines.
   * Throws TemplateError (kind 'parse') with Go's message; nothing is added on error.
   * Identical texts parse once per process (parse-cache.ts): charts share library charts,
   * a scan renders a chart once per values variant, Helm's tpl re-parses values.
   */
  parse(name: string, text: string, options: ParseTextOptions = {}): void {
    const leftDelim = options.leftDelim ?? ''
    const rightDelim = options.rightDelim ?? ''
    let trees = cachedParse(name, text, leftDelim, rightDelim, this)
    if (trees === undefined) {
      const idents = new Set<string>()
      try {
        trees = parseTemplates(name, text, {
          leftDelim,
          rightDelim,
          hasFunction: (n) => {
            const ok = this.hasFunction(n)
            if (ok) idents.add(n)
            return ok
          },
        })
      } catch (e) {
        if (e instanceof ParseFailure) {
          throw new TemplateError(e.message, 'parse', e.parseName, e.parseName, e.line, 0)
        }
        throw e
      }
      rememberParse(name, text, leftDelim, rightDelim, trees, idents, this)
    }
    if (this.ownShared) {
      // A clone reads our current map: keep it as a frozen layer and start a new one.
      this.layers = [this.own, ...this.layers]
      this.own = new Map()
      this.ownShared = false
    }
    for (const [tname, tree] of trees) {
      const old = this.lookup(tname)
      if (old !== undefined && isEmptyTree(tree.root)) continue
      this.own.set(tname, tree)
    }
  }

  has(name: string): boolean {
    return this.lookup(name) !== undefined
  }

  /** Names of all templates in the set (unordered, like Go's Templates()). */
  names(): string[] {
    const all = new Set(this.own.keys())
    for (const layer of this.layers) for (const k of layer.keys()) all.add(k)
    return [...all]
  }

  lookup(name: string): Tree | undefined {
    const t = this.own.get(name)
    if (t !== undefined || this.layers.length === 0) return t
    for (const layer of this.layers) {
      const u = layer.get(name)
      if (u !== undefined) return u
    }
    return undefined
  }

  /** Executes template `name` with `data` as dot and $. Throws TemplateError (kind 'exec'). */
  execute(name: string, data: GoValue, options: ExecuteOptions = {}): string {
    const tree = this.lookup(name)
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

  /**
   * A copy sharing the parsed trees (in constant time); parsing into either leaves the
   * other unchanged, as with Go's Clone.
   */
  clone(options: Partial<TemplateSetOptions> = {}): TemplateSet {
    const c = new TemplateSet({
      funcs: options.funcs ?? this.funcs,
      missingKey: options.missingKey ?? this.missingKey,
      maxDepth: options.maxDepth ?? this.maxDepth,
      name: options.name ?? this.name,
    })
    c.layers = this.own.size > 0 ? [this.own, ...this.layers] : this.layers
    this.ownShared = this.own.size > 0
    return c
  }
}
