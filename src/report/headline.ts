/**
 * A finding's problem in one line: the first sentence of what the rule said, with PSA's
 * `violates PodSecurity "restricted:latest": ` shortened to the policy, cut at about 120
 * characters. The text report and the job summary show it, with the fix below.
 */
import type { Finding } from '../core/finding.js'

/** Longest problem text on a finding's line. */
export const HEADLINE_WIDTH = 120

/** Cuts at a word boundary and marks the cut. */
export function clip(text: string, width: number): string {
  if (text.length <= width) return text
  const cut = text.slice(0, width - 1)
  const space = cut.lastIndexOf(' ')
  return (space > width * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…'
}

/** The problem's first sentence, with PSA's "violates PodSecurity" shortened to the policy. */
export function headline(f: Finding, width = HEADLINE_WIDTH): string {
  const text = (f.problem ?? f.message).trim()
  const end = /[.!?](?=\s)/.exec(text)
  let first = end ? text.slice(0, end.index + 1) : text
  first = first.replace(/^violates PodSecurity "([^"]+)": /, '$1: ').replace(/\.$/, '')
  return clip(first, width)
}
