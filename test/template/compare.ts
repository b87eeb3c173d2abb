/**
 * Runs oracle cases (see test/helpers/go-template-oracle.ts) through this engine the way
 * helm runs them, so outcomes compare byte for byte: same file names, same define
 * wrapping, `.` = { Values }, missingkey=zero as Helm sets it.
 */
import { readFileSync } from 'node:fs'
import {
  caseFileName,
  caseFileText,
  defsFileName,
  helmParseErrorForm,
} from '../helpers/go-template-oracle.js'
import type { GoCase, GoOutcome } from '../helpers/go-template-oracle.js'
import { TemplateError, TemplateSet } from '../../src/template/index.js'
import type { GoValue } from '../../src/template/index.js'
import { sprigSubset } from './go-funcs.js'

export function runOurs(cases: GoCase[]): GoOutcome[] {
  return cases.map((c, i) => {
    try {
      const set = new TemplateSet({ funcs: sprigSubset, missingKey: 'zero', name: 'gotpl' })
      if (c.defs !== undefined) set.parse(defsFileName(i), c.defs)
      set.parse(caseFileName(i), caseFileText(i, c.template))
      return { output: set.execute(`c${i}`, { Values: (c.values ?? {}) as GoValue }) }
    } catch (e) {
      if (e instanceof TemplateError) {
        return { error: e.kind === 'parse' ? helmParseErrorForm(e.message) : e.message }
      }
      return { error: `CRASH ${(e as Error).stack}` }
    }
  })
}

/**
 * Reads a case file: one case per line, the template as a JSON string, optionally
 * followed by ` ## ` and the values as JSON, and by ` ### ` and extra define text as a
 * JSON string (its template names must be unique in the file). Lines starting with # are
 * comments.
 */
export function readCases(path: string): GoCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [main, defs] = l.split(' ### ')
      const [t, v] = main.split(' ## ')
      return {
        template: JSON.parse(t) as string,
        values: v && v.trim() !== '' ? JSON.parse(v) : undefined,
        defs: defs ? (JSON.parse(defs) as string) : undefined,
      }
    })
}

export function describeOutcome(o: GoOutcome): string {
  return o.error !== undefined ? `ERR ${o.error}` : JSON.stringify(o.output)
}
