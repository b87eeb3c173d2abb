import { describe, expect, it } from 'vitest'
import {
  evaluate,
  interpolate,
  Unknown,
  type ContextLookup,
  type ExprValue,
} from '../../../src/images/links/github-expr.js'
import { composeInterpolate, parseDotEnv } from '../../../src/images/links/compose.js'
import { expandMake, parseMakefile } from '../../../src/images/links/makefile.js'
import { displayText, HoleTable } from '../../../src/images/template.js'

const CONTEXTS: Record<string, ExprValue> = {
  env: { REGISTRY: 'ghcr.io', IMAGE_NAME: 'acme/api', EMPTY: '' },
  matrix: { svc: 'web', os: { name: 'linux' }, list: ['a', 'b'] },
  github: { repository: 'acme/shop' },
}
const contexts: ContextLookup = (name) => CONTEXTS[name]

describe('GitHub expressions', () => {
  it('reads contexts with dots, brackets and any case', () => {
    expect(evaluate('env.REGISTRY', contexts)).toBe('ghcr.io')
    expect(evaluate("env['IMAGE_NAME']", contexts)).toBe('acme/api')
    expect(evaluate('matrix.os.name', contexts)).toBe('linux')
    expect(evaluate('matrix.list[1]', contexts)).toBe('b')
    expect(evaluate('ENV.registry', contexts)).toBe('ghcr.io')
  })
  it('evaluates operators with GitHub truthiness', () => {
    expect(evaluate("env.EMPTY || 'docker.io'", contexts)).toBe('docker.io')
    expect(evaluate("env.REGISTRY && 'yes'", contexts)).toBe('yes')
    expect(evaluate("matrix.svc == 'WEB'", contexts)).toBe(true)
    expect(evaluate('!env.EMPTY', contexts)).toBe(true)
  })
  it('calls format, join, fromJSON, contains', () => {
    expect(evaluate("format('{0}/{1}:{{x}}', env.REGISTRY, env.IMAGE_NAME)", contexts)).toBe(
      'ghcr.io/acme/api:{x}',
    )
    expect(evaluate("join(matrix.list, '-')", contexts)).toBe('a-b')
    expect(evaluate('fromJSON(\'{"a":[1,2]}\').a[1]', contexts)).toBe(2)
    expect(evaluate("contains(matrix.list, 'A')", contexts)).toBe(true)
  })
  it('is Unknown for run-time data', () => {
    expect(evaluate('secrets.TOKEN', contexts)).toBeInstanceOf(Unknown)
    expect(evaluate('env.MISSING', contexts)).toBeInstanceOf(Unknown)
    expect(evaluate("vars.REGISTRY || 'ghcr.io'", contexts)).toBeInstanceOf(Unknown)
    expect(evaluate("hashFiles('**/x')", contexts)).toBeInstanceOf(Unknown)
    expect(evaluate('env.REGISTRY ==', contexts)).toBeInstanceOf(Unknown)
  })
  it('interpolates text, leaving holes with GitHub shapes', () => {
    const holes = new HoleTable()
    const out = interpolate(
      '${{ env.REGISTRY }}/${{ github.repository_owner }}/x:${{ github.sha }}',
      contexts,
      holes,
    )
    expect(displayText(out, holes)).toBe('ghcr.io/${github.repository_owner}/x:${github.sha}')
  })
})

describe('Compose interpolation and .env', () => {
  const holes = new HoleTable()
  const env = new Map([
    ['REG', 'registry.local'],
    ['EMPTY', ''],
  ])
  const ci = (s: string) => displayText(composeInterpolate(s, env, holes), holes)
  it('follows the Compose forms', () => {
    expect(ci('${REG}/api:${TAG:-latest}')).toBe('registry.local/api:latest')
    expect(ci('${EMPTY:-x}|${EMPTY-x}|${REG:+set}|${NOPE+set}')).toBe('x||set|')
    expect(ci('$REG/$$literal')).toBe('registry.local/$literal')
    expect(ci('${NOPE}/api')).toBe('${NOPE}/api')
    expect(ci('${NOPE:?must be set}')).toBe('${NOPE}')
  })
  it('reads .env files', () => {
    const parsed = parseDotEnv('# c\nA=1\nexport B="two words"\nC=\'x\'\nD=3 # note\nnot a line\n')
    expect(Object.fromEntries(parsed)).toEqual({ A: '1', B: 'two words', C: 'x', D: '3' })
  })
})

describe('Makefile variables', () => {
  const mk = parseMakefile(
    [
      'REGISTRY ?= ghcr.io/acme',
      'REGISTRY ?= ignored',
      'NAME = api',
      'IMG = $(REGISTRY)/$(NAME):$(TAG)',
      'TAG := v1',
      'FLAGS = -t a',
      'FLAGS += -t b',
      'export OUT ::= ${REGISTRY}/out',
      'SHA != git rev-parse HEAD',
      'define BANNER',
      'hello',
      'endef',
      'ifeq ($(CI),true)',
      'NAME = api-ci',
      'endif',
      'build: deps ## comment',
      '\t@docker build -t $(IMG) .',
      'img: TAG = special',
      'quick: ; docker build -t q .',
    ].join('\n'),
  )
  const holes = new HoleTable()
  const ex = (s: string, target?: string) =>
    displayText(expandMake(s, { vars: mk.vars, holes, target }), holes)
  it('applies assignment flavours in order', () => {
    expect(ex('$(REGISTRY)')).toBe('ghcr.io/acme')
    // NAME is `api`, or `api-ci` when CI=true: not known, so not guessed
    expect(ex('$(IMG)')).toBe('ghcr.io/acme/${NAME}:special')
    expect(ex('$(FLAGS)')).toBe('-t a -t b')
    expect(ex('$(OUT)')).toBe('ghcr.io/acme/out')
    expect(ex('$(SHA)')).toBe('${shell git rev-parse HEAD}')
    expect(ex('$(BANNER)')).toBe('hello')
  })
  it('expands functions, automatic variables and $$', () => {
    expect(ex('$(subst /,-,$(REGISTRY))')).toBe('ghcr.io-acme')
    expect(ex('$(notdir $(REGISTRY))')).toBe('acme')
    expect(ex('$(or $(NOPE_EMPTY_BUT_KNOWN),x)')).toBe('${or $(NOPE_EMPTY_BUT_KNOWN),x}')
    expect(ex('$(strip   a   b )')).toBe('a b')
    expect(ex('$@ $$HOME', 'build')).toBe('build $HOME')
    expect(ex('$(UNDEFINED)/x')).toBe('${UNDEFINED}/x')
  })
  it('evaluates conditionals it can decide; what an undecided one assigns is unknown', () => {
    const c = parseMakefile(
      [
        'NS ?=',
        'MODE = prod',
        'ifdef NS',
        'PREFIX = $(NS)/',
        'else',
        'PREFIX = docker.io/acme/',
        'endif',
        'ifeq ($(MODE),dev)',
        'TAG = dev',
        'else ifeq ($(MODE),prod)',
        'TAG = prod',
        'else',
        'TAG = other',
        'endif',
        "ifneq '$(MODE)' 'prod'",
        'skipped:',
        '\tdocker build -t skipped .',
        'endif',
        'ifeq ($(FROM_ENV),1)',
        'EXTRA = a',
        'else',
        'EXTRA = b',
        'endif',
        'ifndef NS',
        'kept:',
        '\tdocker build -t kept .',
        'endif',
      ].join('\n'),
    )
    const h = new HoleTable()
    const get = (n: string) => displayText(expandMake(`$(${n})`, { vars: c.vars, holes: h }), h)
    expect(get('PREFIX')).toBe('docker.io/acme/')
    expect(get('TAG')).toBe('prod')
    // an undecided condition: EXTRA is `a` or `b`, so it has no known value
    expect(get('EXTRA')).toBe('${EXTRA}')
    expect(c.recipes.map((r) => r.target)).toEqual(['kept'])
  })

  it('finds recipes, including `target: ; recipe`', () => {
    expect(mk.recipes.map((r) => r.target)).toEqual(['build', 'quick'])
  })
})

describe('Makefile variables set under undecided conditions', () => {
  const get = (lines: string[], name: string) => {
    const h = new HoleTable()
    return displayText(
      expandMake(`$(${name})`, { vars: parseMakefile(lines.join('\n')).vars, holes: h }),
      h,
    )
  }
  it('a Dockerfile chosen by the target OS is not the first branch (?= keeps the first)', () => {
    const mk = [
      'ifeq ($(TARGET_OS),windows)',
      '  DOCKERFILE ?= Dockerfile-windows',
      'else',
      '  DOCKERFILE ?= Dockerfile',
      'endif',
    ]
    expect(get(mk, 'DOCKERFILE')).toBe('${DOCKERFILE}')
  })
  it('the same value in every branch stays known; a later plain assignment settles it', () => {
    expect(get(['ifeq ($(X),1)', 'A = same', 'else', 'A = same', 'endif'], 'A')).toBe('${A}')
    expect(get(['A = same', 'ifeq ($(X),1)', 'A = same', 'endif'], 'A')).toBe('same')
    expect(get(['ifeq ($(X),1)', 'A = one', 'endif', 'A = two'], 'A')).toBe('two')
    expect(get(['ifeq ($(X),1)', 'A = one', 'endif', 'A ?= two'], 'A')).toBe('${A}')
    expect(get(['ifeq ($(X),1)', 'A = one', 'endif', 'B = x$(A)'], 'B')).toBe('x${A}')
  })
})
