/**
 * The function list: Sprig v3.3.0's GenericFuncMap minus env and expandenv, plus what
 * helm v4.1.4's engine adds (pkg/engine/funcs.go and engine.go), 221 names in all.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DELEGATED_FUNCTIONS, sprigFuncMap, sprigFuncs } from '../../../src/helm/funcs/index.js'
import { describeHelm } from '../../helpers/helm.js'

const HELM_4_1_4_FUNCTIONS = [
  'abbrev',
  'abbrevboth',
  'add',
  'add1',
  'add1f',
  'addf',
  'adler32sum',
  'ago',
  'all',
  'any',
  'append',
  'atoi',
  'b32dec',
  'b32enc',
  'b64dec',
  'b64enc',
  'base',
  'bcrypt',
  'biggest',
  'buildCustomCert',
  'camelcase',
  'cat',
  'ceil',
  'chunk',
  'clean',
  'coalesce',
  'compact',
  'concat',
  'contains',
  'date',
  'dateInZone',
  'dateModify',
  'date_in_zone',
  'date_modify',
  'decryptAES',
  'deepCopy',
  'deepEqual',
  'default',
  'derivePassword',
  'dict',
  'dig',
  'dir',
  'div',
  'divf',
  'duration',
  'durationRound',
  'empty',
  'encryptAES',
  'ext',
  'fail',
  'first',
  'float64',
  'floor',
  'fromJson',
  'fromJsonArray',
  'fromToml',
  'fromYaml',
  'fromYamlArray',
  'genCA',
  'genCAWithKey',
  'genPrivateKey',
  'genSelfSignedCert',
  'genSelfSignedCertWithKey',
  'genSignedCert',
  'genSignedCertWithKey',
  'get',
  'getHostByName',
  'has',
  'hasKey',
  'hasPrefix',
  'hasSuffix',
  'hello',
  'htmlDate',
  'htmlDateInZone',
  'htpasswd',
  'include',
  'indent',
  'initial',
  'initials',
  'int',
  'int64',
  'isAbs',
  'join',
  'kebabcase',
  'keys',
  'kindIs',
  'kindOf',
  'last',
  'list',
  'lookup',
  'lower',
  'max',
  'maxf',
  'merge',
  'mergeOverwrite',
  'min',
  'minf',
  'mod',
  'mul',
  'mulf',
  'mustAppend',
  'mustChunk',
  'mustCompact',
  'mustDateModify',
  'mustDeepCopy',
  'mustFirst',
  'mustFromJson',
  'mustHas',
  'mustInitial',
  'mustLast',
  'mustMerge',
  'mustMergeOverwrite',
  'mustPrepend',
  'mustPush',
  'mustRegexFind',
  'mustRegexFindAll',
  'mustRegexMatch',
  'mustRegexReplaceAll',
  'mustRegexReplaceAllLiteral',
  'mustRegexSplit',
  'mustRest',
  'mustReverse',
  'mustSlice',
  'mustToDate',
  'mustToJson',
  'mustToPrettyJson',
  'mustToRawJson',
  'mustToYaml',
  'mustUniq',
  'mustWithout',
  'must_date_modify',
  'nindent',
  'nospace',
  'now',
  'omit',
  'osBase',
  'osClean',
  'osDir',
  'osExt',
  'osIsAbs',
  'pick',
  'pluck',
  'plural',
  'prepend',
  'push',
  'quote',
  'randAlpha',
  'randAlphaNum',
  'randAscii',
  'randBytes',
  'randInt',
  'randNumeric',
  'regexFind',
  'regexFindAll',
  'regexMatch',
  'regexQuoteMeta',
  'regexReplaceAll',
  'regexReplaceAllLiteral',
  'regexSplit',
  'repeat',
  'replace',
  'required',
  'rest',
  'reverse',
  'round',
  'semver',
  'semverCompare',
  'seq',
  'set',
  'sha1sum',
  'sha256sum',
  'sha512sum',
  'shuffle',
  'slice',
  'snakecase',
  'sortAlpha',
  'split',
  'splitList',
  'splitn',
  'squote',
  'sub',
  'subf',
  'substr',
  'swapcase',
  'ternary',
  'title',
  'toDate',
  'toDecimal',
  'toJson',
  'toPrettyJson',
  'toRawJson',
  'toString',
  'toStrings',
  'toToml',
  'toYaml',
  'toYamlPretty',
  'tpl',
  'trim',
  'trimAll',
  'trimPrefix',
  'trimSuffix',
  'trimall',
  'trunc',
  'tuple',
  'typeIs',
  'typeIsLike',
  'typeOf',
  'uniq',
  'unixEpoch',
  'unset',
  'until',
  'untilStep',
  'untitle',
  'upper',
  'urlJoin',
  'urlParse',
  'uuidv4',
  'values',
  'without',
  'wrap',
  'wrapWith',
]

describe('function list', () => {
  it('covers every name helm v4.1.4 registers, with the renderer and encoders delegated', () => {
    const ours = Object.keys(sprigFuncs())
    expect(HELM_4_1_4_FUNCTIONS).toHaveLength(221)
    expect(ours).toHaveLength(207)
    expect([...ours, ...DELEGATED_FUNCTIONS].sort()).toEqual([...HELM_4_1_4_FUNCTIONS].sort())
    expect(ours).not.toContain('env')
    expect(ours).not.toContain('expandenv')
  })

  it('gives every function a Go signature in the FuncMap', () => {
    const map = sprigFuncMap()
    for (const [name, fn] of Object.entries(map)) {
      expect(fn.goSignature, name).toBeDefined()
      expect(fn.goSignature?.params.length, name).toBe(
        sprigFuncs()[name].params.length + (sprigFuncs()[name].variadic ? 1 : 0),
      )
    }
  })
})

function parses(helm: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-names-'))
  try {
    mkdirSync(join(dir, 'templates'))
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: n\nversion: 0.1.0\n')
    writeFileSync(join(dir, 'templates', 'a.yaml'), text)
    execFileSync(helm, ['template', 'r', dir], { stdio: 'pipe' })
    return 'ok'
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describeHelm('function list against the helm binary', (helm) => {
  it('helm defines every listed name', () => {
    // A false branch parses each call (undefined functions fail at parse time) without running it.
    const text = HELM_4_1_4_FUNCTIONS.map((n) => `{{ if false }}{{ ${n} }}{{ end }}`).join('\n')
    expect(parses(helm, text)).toBe('ok')
  })

  it('helm rejects env, expandenv and names this Sprig lacks', () => {
    for (const n of ['env', 'expandenv', 'mustFromYaml', 'randSeededNumeric']) {
      expect(parses(helm, `{{ if false }}{{ ${n} }}{{ end }}`)).toContain(
        `function "${n}" not defined`,
      )
    }
  })
})
