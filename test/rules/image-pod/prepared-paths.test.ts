import { describe, expect, it } from 'vitest'
import { applyMode, isHomeDir } from '../../../src/rules/image-pod/prepared-paths.js'

describe('applyMode: write bits after chmod', () => {
  it('reads octal modes', () => {
    expect(applyMode('2775', {})).toEqual({ u: true, g: true, o: false })
    expect(applyMode('0700', {})).toEqual({ u: true, g: false, o: false })
    expect(applyMode('1777', {})).toEqual({ u: true, g: true, o: true })
  })

  it('reads symbolic clauses, with no class meaning all', () => {
    expect(applyMode('g+w', {})).toEqual({ u: true, g: true })
    expect(applyMode('o-w', { o: true })).toEqual({ u: true, o: false })
    expect(applyMode('+w', {})).toEqual({ u: true, g: true, o: true })
    expect(applyMode('u=rwx,g=rx,o=', {})).toEqual({ u: true, g: false, o: false })
  })

  it('copies a class (g=u, the arbitrary-uid idiom): the owner can write what it was given', () => {
    expect(applyMode('g=u', {})).toEqual({ u: true, g: true })
    expect(applyMode('g=u', applyMode('u-w', {}))).toEqual({ u: false, g: false })
    // an unknown source bit makes the copy unknown, not writable
    expect(applyMode('o=g', {})).toEqual({ u: true, o: undefined })
  })

  it('gives up on what it cannot read', () => {
    expect(applyMode('g+w,bogus', {})).toEqual({ u: undefined, g: undefined, o: undefined })
  })
})

describe('isHomeDir', () => {
  it('is /root and one level under /home', () => {
    expect(isHomeDir('/root')).toBe(true)
    expect(isHomeDir('/home/argo')).toBe(true)
    expect(isHomeDir('/home/argo/.cache')).toBe(false)
    expect(isHomeDir('/home')).toBe(false)
    expect(isHomeDir('/srv/app')).toBe(false)
  })
})
