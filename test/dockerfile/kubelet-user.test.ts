/** How the kubelet reads an image user string (KUBERNETES.md A.3), against the conformance cases. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { imageUserToCri, kubeletImageUser, splitUserSpec } from '../../src/dockerfile/index.js'
import { describeShared, hasShared, sharedPath } from '../helpers/shared.js'

describe('A.3 examples', () => {
  const cases: [string, object][] = [
    ['1000:1000', { uid: 1000 }],
    ['0:1000', { uid: 0 }],
    ['app:app', { username: 'app' }],
    ['root', { username: 'root' }],
    ['-1', { uid: -1 }],
    ['0000', { uid: 0 }],
    ['+5', { uid: 5 }],
    ['99999999999999999999', { username: '99999999999999999999' }],
  ]
  for (const [user, want] of cases) {
    it(JSON.stringify(user), () => expect(imageUserToCri(user)).toEqual(want))
  }
  it('"" and ":1000" mean uid 0 to the kubelet', () => {
    expect(imageUserToCri('')).toEqual({})
    expect(imageUserToCri(':1000')).toEqual({ username: '' })
    expect(kubeletImageUser('')).toEqual({ uid: 0 })
    expect(kubeletImageUser(':1000')).toEqual({ uid: 0 })
  })
  it('splitUserSpec keeps numeric and named parts apart', () => {
    expect(splitUserSpec('nginx:0')).toEqual({ name: 'nginx', gid: 0 })
    expect(splitUserSpec('1001:app')).toEqual({ uid: 1001, group: 'app' })
    expect(splitUserSpec('')).toEqual({})
  })
})

const FILE = ['conformance', 'kubelet-runasnonroot.json']

interface Case {
  name: string
  imageUser: string | null
  verifyInput: { uid: number | null; username: string }
  source: string
}

describeShared(FILE, 'kubelet-runasnonroot.json: image user -> verifyRunAsNonRoot input', () => {
  const cases: Case[] = hasShared(...FILE)
    ? JSON.parse(readFileSync(sharedPath(...FILE), 'utf8'))
    : []
  // Unit-test rows pass literal inputs to the function; the others went through getImageUser.
  const endToEnd = cases.filter(
    (c) => c.imageUser !== null && !c.source.includes('TestVerifyRunAsNonRoot'),
  )
  it('has end-to-end cases', () => expect(endToEnd.length).toBeGreaterThan(20))
  for (const c of endToEnd) {
    it(`${c.name} (${JSON.stringify(c.imageUser)})`, () => {
      const r = kubeletImageUser(c.imageUser as string)
      expect({ uid: r.uid ?? null, username: r.username ?? '' }).toEqual(c.verifyInput)
    })
  }
})
