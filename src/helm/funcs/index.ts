/**
 * Every function helm v4.1.4 registers for templates, except those that need the
 * renderer or the YAML/JSON/TOML encoders (see DELEGATED_FUNCTIONS): Sprig v3.3.0's
 * GenericFuncMap minus env/expandenv, with Helm's overrides of fail, required and
 * getHostByName (helm template runs without --enable-dns, so it returns "").
 */
import { withSignature } from '../../template/functions.js'
import type { FuncMap } from '../../template/functions.js'
import type { GoValue } from '../../template/value.js'
import { castFloat64, int64, toInt } from './cast.js'
import * as crypto from './crypto/sprig-crypto.js'
import * as dates from './dates.js'
import * as dicts from './dicts.js'
import * as enc from './encoding.js'
import * as flow from './flow.js'
import * as json from './json.js'
import * as lists from './lists.js'
import * as math from './math.js'
import * as paths from './paths.js'
import * as regex from './regex.js'
import * as semver from './semver.js'
import type { FuncSpec, GoParamType } from './spec.js'
import * as s from './strings.js'
import * as url from './url.js'

export type { FuncSpec, GoParamType } from './spec.js'
export { callChecked, checkArg } from './spec.js'
export { GoFuncError } from './gopanic.js'
export { WARN_START, WARN_END, warnWrap } from './flow.js'
export { formatV, quoteGo, strval, formatFloatG } from './fmtv.js'
export {
  goTypeName,
  goKindName,
  isEmpty,
  deepEqual,
  typedSlice,
  nilSlice,
  isNilSlice,
} from './types.js'
export { CERTIFICATE_TYPE, setCertificateKeyReuse } from './crypto/sprig-crypto.js'
export { setGoIntKinds, goIntKindsEnabled } from './cast.js'

/** Functions helm registers that other modules implement (renderer and encoders). */
export const DELEGATED_FUNCTIONS = [
  'include',
  'tpl',
  'lookup',
  'toYaml',
  'mustToYaml',
  'toYamlPretty',
  'fromYaml',
  'fromYamlArray',
  'toJson',
  'mustToJson',
  'fromJson',
  'fromJsonArray',
  'toToml',
  'fromToml',
] as const

type Fn = (...args: GoValue[]) => GoValue

const S: GoParamType = 'string'
const I: GoParamType = 'int'
const A: GoParamType = 'interface {}'
const M: GoParamType = 'map[string]interface {}'
const L: GoParamType = '[]interface {}'
const T: GoParamType = 'time.Time'
const F: GoParamType = 'float64'
const B: GoParamType = 'bool'
const CERT: GoParamType = 'sprig.certificate'

interface Opt {
  variadic?: GoParamType
  err?: boolean
}

function table(): FuncSpec[] {
  const out: FuncSpec[] = []
  const f = (name: string, fn: Fn, params: GoParamType[], result: string, opt: Opt = {}) =>
    out.push({ name, fn, params, result, variadic: opt.variadic, returnsError: opt.err ?? false })
  const alias = (name: string, of: string) => {
    const spec = out.find((x) => x.name === of) as FuncSpec
    out.push({ ...spec, name })
  }
  const strFn = (name: string, fn: (x: GoValue) => GoValue, result = 'string') =>
    f(name, fn, [S], result)

  f('hello', () => 'Hello!', [], 'string')

  // Dates
  f('ago', dates.ago, [A], 'string')
  f('date', dates.date, [S, A], 'string')
  f('dateInZone', dates.dateInZone, [S, A, S], 'string')
  alias('date_in_zone', 'dateInZone')
  f('dateModify', dates.dateModify, [S, T], 'time.Time')
  alias('date_modify', 'dateModify')
  f('duration', dates.duration, [A], 'string')
  f('durationRound', dates.durationRound, [A], 'string')
  f('htmlDate', dates.htmlDate, [A], 'string')
  f('htmlDateInZone', dates.htmlDateInZone, [A, S], 'string')
  f('mustDateModify', dates.mustDateModify, [S, T], 'time.Time', { err: true })
  alias('must_date_modify', 'mustDateModify')
  f('mustToDate', dates.mustToDate, [S, S], 'time.Time', { err: true })
  f('now', dates.now, [], 'time.Time')
  f('toDate', dates.toDate, [S, S], 'time.Time')
  f('unixEpoch', dates.unixEpoch, [T], 'string')

  // Strings
  f('abbrev', s.abbrev, [I, S], 'string')
  f('abbrevboth', s.abbrevboth, [I, I, S], 'string')
  f('trunc', s.trunc, [I, S], 'string')
  strFn('trim', (x) => s.trimSpace(x as string))
  strFn('upper', s.upper)
  strFn('lower', s.lower)
  strFn('title', s.title)
  strFn('untitle', s.untitle)
  f('substr', s.substr, [I, I, S], 'string')
  f('repeat', s.repeat, [I, S], 'string')
  f('trimall', s.trimAll, [S, S], 'string')
  f('trimAll', s.trimAll, [S, S], 'string')
  f('trimSuffix', s.trimSuffix, [S, S], 'string')
  f('trimPrefix', s.trimPrefix, [S, S], 'string')
  strFn('nospace', s.nospace)
  strFn('initials', s.initials)
  f('randAlphaNum', crypto.randAlphaNum, [I], 'string')
  f('randAlpha', crypto.randAlpha, [I], 'string')
  f('randAscii', crypto.randAscii, [I], 'string')
  f('randNumeric', crypto.randNumeric, [I], 'string')
  strFn('swapcase', s.swapcase)
  strFn('shuffle', s.shuffle)
  strFn('snakecase', s.snakecase)
  strFn('camelcase', s.camelcase)
  strFn('kebabcase', s.kebabcase)
  f('wrap', s.wrap, [I, S], 'string')
  f('wrapWith', s.wrapWith, [I, S, S], 'string')
  f('contains', s.contains, [S, S], 'bool')
  f('hasPrefix', s.hasPrefix, [S, S], 'bool')
  f('hasSuffix', s.hasSuffix, [S, S], 'bool')
  f('quote', s.quote, [], 'string', { variadic: A })
  f('squote', s.squote, [], 'string', { variadic: A })
  f('cat', s.cat, [], 'string', { variadic: A })
  f('indent', s.indent, [I, S], 'string')
  f('nindent', s.nindent, [I, S], 'string')
  f('replace', s.replace, [S, S, S], 'string')
  f('plural', s.plural, [S, S, I], 'string')
  strFn('sha1sum', enc.sha1sum)
  strFn('sha256sum', enc.sha256sum)
  strFn('sha512sum', enc.sha512sum)
  strFn('adler32sum', enc.adler32sum)
  f('toString', s.toString, [A], 'string')
  strFn('atoi', s.atoi, 'int')
  f('int64', (v) => int64(toInt(v)), [A], 'int64')
  f('int', (v) => toInt(v), [A], 'int')
  f('float64', (v) => castFloat64(v) ?? 0, [A], 'float64')
  f('seq', math.seq, [], 'string', { variadic: I })
  f('toDecimal', math.toDecimal, [A], 'int64')
  f('split', s.split, [S, S], 'map[string]string')
  f('splitList', s.splitList, [S, S], '[]string')
  f('splitn', s.splitn, [S, I, S], 'map[string]string')
  f('toStrings', s.toStrings, [A], '[]string')
  f('until', math.until, [I], '[]int')
  f('untilStep', math.untilStepF, [I, I, I], '[]int')

  // Arithmetic
  f('add1', math.add1, [A], 'int64')
  f('add', math.add, [], 'int64', { variadic: A })
  f('sub', math.sub, [A, A], 'int64')
  f('div', math.div, [A, A], 'int64')
  f('mod', math.mod, [A, A], 'int64')
  f('mul', math.mul, [A], 'int64', { variadic: A })
  f('randInt', math.randInt, [I, I], 'int')
  f('add1f', math.add1f, [A], 'float64')
  f('addf', math.addf, [], 'float64', { variadic: A })
  f('subf', math.subf, [A], 'float64', { variadic: A })
  f('divf', math.divf, [A], 'float64', { variadic: A })
  f('mulf', math.mulf, [A], 'float64', { variadic: A })
  f('biggest', math.max, [A], 'int64', { variadic: A })
  f('max', math.max, [A], 'int64', { variadic: A })
  f('min', math.min, [A], 'int64', { variadic: A })
  f('maxf', math.maxf, [A], 'float64', { variadic: A })
  f('minf', math.minf, [A], 'float64', { variadic: A })
  f('ceil', math.ceil, [A], 'float64')
  f('floor', math.floor, [A], 'float64')
  f('round', math.round, [A, I], 'float64', { variadic: F })

  f('join', s.join, [S, A], 'string')
  f('sortAlpha', s.sortAlpha, [A], '[]string')

  // Defaults and JSON
  f('default', flow.dfault, [A], 'interface {}', { variadic: A })
  f('empty', flow.empty, [A], 'bool')
  f('coalesce', flow.coalesce, [], 'interface {}', { variadic: A })
  f('all', flow.all, [], 'bool', { variadic: A })
  f('any', flow.any, [], 'bool', { variadic: A })
  f('compact', lists.compact, [A], '[]interface {}')
  f('mustCompact', lists.mustCompact, [A], '[]interface {}', { err: true })
  f('toPrettyJson', json.toPrettyJson, [A], 'string')
  f('toRawJson', json.toRawJson, [A], 'string')
  f('mustFromJson', json.mustFromJson, [S], 'interface {}', { err: true })
  f('mustToPrettyJson', json.mustToPrettyJson, [A], 'string', { err: true })
  f('mustToRawJson', json.mustToRawJson, [A], 'string', { err: true })
  f('ternary', flow.ternary, [A, A, B], 'interface {}')
  f('deepCopy', dicts.deepCopy, [A], 'interface {}')
  f('mustDeepCopy', dicts.deepCopy, [A], 'interface {}', { err: true })

  // Reflection
  f('typeOf', flow.typeOf, [A], 'string')
  f('typeIs', flow.typeIs, [S, A], 'bool')
  f('typeIsLike', flow.typeIsLike, [S, A], 'bool')
  f('kindOf', flow.kindOf, [A], 'string')
  f('kindIs', flow.kindIs, [S, A], 'bool')
  f('deepEqual', flow.deepEqualF, [A, A], 'bool')

  // Network: helm replaces getHostByName unless --enable-dns.
  f('getHostByName', () => '', [S], 'string')

  // Paths
  strFn('base', paths.base)
  strFn('dir', paths.dir)
  strFn('clean', paths.clean)
  strFn('ext', paths.ext)
  strFn('isAbs', paths.isAbs, 'bool')
  strFn('osBase', paths.base)
  strFn('osClean', paths.clean)
  strFn('osDir', paths.dir)
  strFn('osExt', paths.ext)
  strFn('osIsAbs', paths.isAbs, 'bool')

  // Encoding
  strFn('b64enc', enc.b64enc)
  strFn('b64dec', enc.b64dec)
  strFn('b32enc', enc.b32enc)
  strFn('b32dec', enc.b32dec)

  // Data structures
  f('tuple', lists.list, [], '[]interface {}', { variadic: A })
  f('list', lists.list, [], '[]interface {}', { variadic: A })
  f('dict', dicts.dict, [], 'map[string]interface {}', { variadic: A })
  f('get', dicts.get, [M, S], 'interface {}')
  f('set', dicts.set, [M, S, A], 'map[string]interface {}')
  f('unset', dicts.unset, [M, S], 'map[string]interface {}')
  f('hasKey', dicts.hasKey, [M, S], 'bool')
  f('pluck', dicts.pluck, [S], '[]interface {}', { variadic: M })
  f('keys', dicts.keys, [], '[]string', { variadic: M })
  f('pick', dicts.pick, [M], 'map[string]interface {}', { variadic: S })
  f('omit', dicts.omit, [M], 'map[string]interface {}', { variadic: S })
  f('merge', dicts.merge, [M], 'interface {}', { variadic: M })
  f('mergeOverwrite', dicts.mergeOverwrite, [M], 'interface {}', { variadic: M })
  f('mustMerge', dicts.mustMerge, [M], 'interface {}', { variadic: M, err: true })
  f('mustMergeOverwrite', dicts.mustMergeOverwrite, [M], 'interface {}', { variadic: M, err: true })
  f('values', dicts.values, [M], '[]interface {}')

  f('append', lists.push, [A, A], '[]interface {}')
  f('push', lists.push, [A, A], '[]interface {}')
  f('mustAppend', lists.mustPush, [A, A], '[]interface {}', { err: true })
  f('mustPush', lists.mustPush, [A, A], '[]interface {}', { err: true })
  f('prepend', lists.prepend, [A, A], '[]interface {}')
  f('mustPrepend', lists.mustPrepend, [A, A], '[]interface {}', { err: true })
  f('first', lists.first, [A], 'interface {}')
  f('mustFirst', lists.mustFirst, [A], 'interface {}', { err: true })
  f('rest', lists.rest, [A], '[]interface {}')
  f('mustRest', lists.mustRest, [A], '[]interface {}', { err: true })
  f('last', lists.last, [A], 'interface {}')
  f('mustLast', lists.mustLast, [A], 'interface {}', { err: true })
  f('initial', lists.initial, [A], '[]interface {}')
  f('mustInitial', lists.mustInitial, [A], '[]interface {}', { err: true })
  f('reverse', lists.reverse, [A], '[]interface {}')
  f('mustReverse', lists.mustReverse, [A], '[]interface {}', { err: true })
  f('uniq', lists.uniq, [A], '[]interface {}')
  f('mustUniq', lists.mustUniq, [A], '[]interface {}', { err: true })
  f('without', lists.without, [A], '[]interface {}', { variadic: A })
  f('mustWithout', lists.mustWithout, [A], '[]interface {}', { variadic: A, err: true })
  f('has', lists.has, [A, A], 'bool')
  f('mustHas', lists.mustHas, [A, A], 'bool', { err: true })
  f('slice', lists.slice, [A], 'interface {}', { variadic: A })
  f('mustSlice', lists.mustSlice, [A], 'interface {}', { variadic: A, err: true })
  f('concat', lists.concat, [], 'interface {}', { variadic: A })
  f('dig', dicts.dig, [], 'interface {}', { variadic: A, err: true })
  f('chunk', lists.chunk, [I, A], '[][]interface {}')
  f('mustChunk', lists.mustChunk, [I, A], '[][]interface {}', { err: true })

  // Crypto
  strFn('bcrypt', crypto.bcrypt)
  f('htpasswd', crypto.htpasswd, [S, S], 'string')
  strFn('genPrivateKey', (x) => crypto.genPrivateKey(String(x)))
  f('derivePassword', crypto.derivePassword, ['uint32', S, S, S, S], 'string')
  f('buildCustomCert', crypto.buildCustomCert, [S, S], 'sprig.certificate', { err: true })
  f('genCA', crypto.genCA, [S, I], 'sprig.certificate', { err: true })
  f('genCAWithKey', crypto.genCAWithKey, [S, I, S], 'sprig.certificate', { err: true })
  f('genSelfSignedCert', crypto.genSelfSignedCert, [S, L, L, I], 'sprig.certificate', { err: true })
  f(
    'genSelfSignedCertWithKey',
    crypto.genSelfSignedCertWithKey,
    [S, L, L, I, S],
    'sprig.certificate',
    {
      err: true,
    },
  )
  f('genSignedCert', crypto.genSignedCert, [S, L, L, I, CERT], 'sprig.certificate', { err: true })
  f(
    'genSignedCertWithKey',
    crypto.genSignedCertWithKey,
    [S, L, L, I, CERT, S],
    'sprig.certificate',
    {
      err: true,
    },
  )
  f('encryptAES', crypto.encryptAES, [S, S], 'string', { err: true })
  f('decryptAES', crypto.decryptAES, [S, S], 'string', { err: true })
  f('randBytes', crypto.randBytes, [I], 'string', { err: true })
  f('uuidv4', crypto.uuidv4, [], 'string')

  // SemVer
  f('semver', semver.semver, [S], '*semver.Version', { err: true })
  f('semverCompare', semver.semverCompare, [S, S], 'bool', { err: true })

  // Flow control (Helm's fail and required wrap the message for its error reformatting)
  f('fail', flow.fail, [S], 'string', { err: true })
  f('required', flow.required, [S, A], 'interface {}', { err: true })

  // Regex
  f('regexMatch', regex.regexMatch, [S, S], 'bool')
  f('mustRegexMatch', regex.mustRegexMatch, [S, S], 'bool', { err: true })
  f('regexFindAll', regex.regexFindAll, [S, S, I], '[]string')
  f('mustRegexFindAll', regex.mustRegexFindAll, [S, S, I], '[]string', { err: true })
  f('regexFind', regex.regexFind, [S, S], 'string')
  f('mustRegexFind', regex.mustRegexFind, [S, S], 'string', { err: true })
  f('regexReplaceAll', regex.regexReplaceAll, [S, S, S], 'string')
  f('mustRegexReplaceAll', regex.mustRegexReplaceAll, [S, S, S], 'string', { err: true })
  f('regexReplaceAllLiteral', regex.regexReplaceAllLiteral, [S, S, S], 'string')
  f('mustRegexReplaceAllLiteral', regex.mustRegexReplaceAllLiteral, [S, S, S], 'string', {
    err: true,
  })
  f('regexSplit', regex.regexSplit, [S, S, I], '[]string')
  f('mustRegexSplit', regex.mustRegexSplit, [S, S, I], '[]string', { err: true })
  strFn('regexQuoteMeta', regex.regexQuoteMeta)

  // URLs
  strFn('urlParse', url.urlParse, 'map[string]interface {}')
  f('urlJoin', url.urlJoin, [M], 'string')
  return out
}

let cached: Record<string, FuncSpec> | undefined

/** The function library, by template name. Specs are shared and must not be mutated. */
export function sprigFuncs(): Record<string, FuncSpec> {
  if (!cached) {
    cached = {}
    for (const spec of table()) cached[spec.name] = spec
  }
  return cached
}

/**
 * The library as a template FuncMap: each function carries its Go signature, so the
 * engine converts constants and reports Go's argument errors. Built once per call;
 * callers add the renderer's closures (include, tpl, lookup) and the encoders.
 */
export function sprigFuncMap(): FuncMap {
  const out: FuncMap = {}
  for (const spec of Object.values(sprigFuncs())) {
    const fn = spec.fn
    out[spec.name] = withSignature((...args: GoValue[]) => fn(...args), {
      params: spec.variadic ? [...spec.params, spec.variadic] : [...spec.params],
      variadic: spec.variadic !== undefined,
      result: spec.result,
    })
  }
  return out
}
