/**
 * Differential suite: several thousand deterministic expressions rendered by the
 * real helm v4.1.4 binary in one run, compared byte for byte with this library's
 * value printed the way text/template prints it; error cases compare Go's error text.
 */
import { writeFileSync } from 'node:fs'
import { beforeAll, expect, it } from 'vitest'
import { setGoIntKinds } from '../../../src/helm/funcs/index.js'
import { describeHelm } from '../../helpers/helm.js'
import { errorCases, valueCases } from './cases.js'
import { helmError, helmOutputs, ours, pool } from './oracle.js'

// Calls go straight to the functions, so Go's integer kinds can be kept whatever the engine does.
setGoIntKinds(true)

describeHelm('Sprig/Helm functions against helm v4.1.4', (helm) => {
  const set = valueCases()
  let outputs = new Map<string, string>()

  beforeAll(async () => {
    outputs = await helmOutputs(helm, set)
  }, 300_000)

  it(`renders ${set.cases.length} deterministic expressions like helm`, () => {
    const mismatches: { expr: string; helm?: string; ours?: string; err?: string }[] = []
    for (const c of set.cases) {
      const theirs = outputs.get(c.id)
      const mine = ours(c)
      const text = mine.err !== undefined ? `<error: ${mine.err.trim()}>` : mine.out
      if (theirs !== text) {
        mismatches.push({ expr: c.expr, helm: theirs, ours: mine.out, err: mine.err })
      }
    }
    if (process.env.KW_FUNCS_DUMP)
      writeFileSync(process.env.KW_FUNCS_DUMP, JSON.stringify(mismatches, null, 1))
    expect(mismatches).toEqual([])
  })

  const errs = errorCases()
  it(`fails like helm on ${errs.length} error expressions`, async () => {
    const mismatches: { expr: string; helm: string; ours: string }[] = []
    await pool(errs, 4, async (c) => {
      const theirs = await helmError(helm, c.expr, c.values ?? {})
      const mine = ours({ id: '', expr: c.expr, ours: c.ours })
      const text = mine.err?.trim() ?? `<no error: ${mine.out}>`
      if (theirs !== text) mismatches.push({ expr: c.expr, helm: theirs, ours: text })
    })
    if (process.env.KW_FUNCS_DUMP) {
      writeFileSync(process.env.KW_FUNCS_DUMP + '.err.json', JSON.stringify(mismatches, null, 1))
    }
    expect(mismatches).toEqual([])
  }, 300_000)
})
