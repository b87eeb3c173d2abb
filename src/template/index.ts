/**
 * Go's text/template in TypeScript, byte-compatible with Go 1.25 as Helm uses it.
 *
 *   const set = new TemplateSet({ funcs, missingKey: 'zero' })
 *   set.parse('chart/templates/a.yaml', text)          // adds the file and its defines
 *   const out = set.execute('chart/templates/a.yaml', data, { hooks })
 *   const tpl = set.clone(); tpl.parse('x', more)       // Helm's tpl: parse into a copy
 *
 * Values follow the Go value contract in value.ts. Functions are GoFuncs, optionally with
 * a Go signature (withSignature) so arguments are checked and converted as Go's reflect
 * call does; they override Go's builtins of the same name. Errors are TemplateError with
 * Go's message text. fmt.ts is Go's fmt (Sprintf & co) over the same values.
 *
 * Hooks (all optional, free when absent): onRead for every value taken from a map, array
 * or struct by a field chain, index or range (`at` = the action that read it); onEmit for
 * every write to the output (`at` = the text or the whole `{{ }}` action); onWrite with
 * the length of every write only (no position is computed for it). Positions are
 * 1-based lines and UTF-16 columns, end exclusive; `template` is the name the source was
 * parsed under (the file). TemplateError.col is Go's: a 0-based byte offset in the line.
 *
 * Static Go types beyond the JavaScript form (gotypes.ts): GoInt kinds, typed slices and
 * maps tagged by the Sprig layer, named types with methods (GO_METHODS) — they show in
 * %T/%#v, in argument checks ("expected int; got int64") and in zero values.
 *
 * Known gaps: complex constants (1i) are rejected at execution; methods of time.Time
 * are not callable from templates; pointers and funcs print a fixed address.
 */
export { TemplateSet } from './template.js'
export type { TemplateSetOptions, ParseTextOptions, ExecuteOptions } from './template.js'
export type { ExecHooks, NodePos, MissingKey } from './exec.js'
export { TemplateError } from './errors.js'
export type { TemplateErrorKind } from './errors.js'
export { withSignature, signatureOf, funcOf } from './functions.js'
export type { FuncMap, FuncSignature, TemplateFunc, GoTypeName } from './functions.js'
export { truth as isTrue, htmlEscapeString, jsEscapeString, urlQueryEscape } from './builtins.js'
export { sprintf, sprint, sprintln, formatValue } from './fmt.js'
export { goTypeName, sliceType, mapType, elemType, zeroOf } from './gotypes.js'
export {
  formatFloat,
  quote,
  quoteToASCII,
  quoteRune,
  canBackquote,
  utf8Length,
  runeCount,
} from './strconv.js'
export { compareGoStrings, sortedMapKeys } from './sort.js'
export { formatGoTime } from './time.js'
export * from './value.js'
