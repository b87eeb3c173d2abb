/** Bad input never crashes the model: random text, and real Dockerfiles cut or spliced anywhere. */
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { buildImageModel, parseDockerfile } from '../../src/dockerfile/index.js'
import { describeShared, hasShared, sharedPath } from '../helpers/shared.js'

const pieces = [
  'FROM ',
  'alpine',
  ' AS ',
  'b',
  '\n',
  '\r\n',
  '\\\n',
  '`\n',
  '# escape=`\n',
  'RUN ',
  'USER ',
  'ARG ',
  'ENV ',
  'COPY ',
  '--chown=',
  '<<EOF',
  'EOF\n',
  '$',
  '${',
  '}',
  ':-',
  '"',
  "'",
  '(',
  ')',
  ';',
  '&&',
  '|',
  'if ',
  'then ',
  'fi',
  'case ',
  ' in ',
  'esac',
  'useradd -u ',
  'adduser -S ',
  'chown ',
  'chmod ',
  '1000',
  ':',
  ' ',
  '\t',
  '[',
  ']',
  '=',
]

function build(text: string): void {
  const df = parseDockerfile(text, 'Dockerfile')
  for (const p of df.problems) expect(p.range.startLine).toBeGreaterThanOrEqual(1)
  for (let t = 0; t < Math.max(df.stages.length, 1); t++) {
    const m = buildImageModel(df, { target: t, baseImages: () => undefined })
    expect(m.file).toBe('Dockerfile')
  }
}

it('random Dockerfile-like text never throws', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
      build(parts.join(''))
    }),
    { numRuns: 500 },
  )
})

it('arbitrary unicode never throws', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      build('FROM alpine\n' + s)
    }),
    // Generating full-unicode strings is what takes the time here, not the model.
    { numRuns: 100 },
  )
})

const CORPUS = ['corpus', 'dockerfiles']

describeShared(CORPUS, 'corpus Dockerfiles cut and spliced', () => {
  const texts = hasShared(...CORPUS)
    ? readdirSync(sharedPath(...CORPUS), { withFileTypes: true })
        .filter((e) => e.isFile() && !/\.(json|md)$/.test(e.name))
        .map((e) => readFileSync(sharedPath(...CORPUS, e.name), 'utf8'))
    : []
  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.nat(texts.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, x, y) => {
          const ta = texts[a]
          const tb = texts[b]
          build(ta.slice(0, Math.floor(ta.length * x)) + tb.slice(Math.floor(tb.length * y)))
        },
      ),
      { numRuns: 200 },
    )
  })
})
