/**
 * Comparison of our output with helm's, tolerant only where helm itself is not
 * deterministic: go-yaml v2 (and, with overflowing digit runs, v3) orders some key sets
 * inconsistently and then depends on Go's random map order. For values holding such a
 * map, outputs are compared after reading them back instead of byte for byte.
 */
import { isGoMap, type GoValue } from '../../../src/template/value.js'
import { fromYaml, toJson } from '../../../src/helm/yaml/index.js'
import { isConsistentKeyOrder } from '../../../src/helm/yaml/key-order.js'

/** Whether every map inside v has keys go-yaml orders consistently. */
export function hasFixedKeyOrder(v: GoValue, v3: boolean): boolean {
  if (Array.isArray(v)) return v.every((e) => hasFixedKeyOrder(e, v3))
  if (isGoMap(v)) {
    const keys = Object.keys(v)
    return isConsistentKeyOrder(keys, v3) && keys.every((k) => hasFixedKeyOrder(v[k], v3))
  }
  return true
}

/** Same YAML meaning: both texts read back (as a one-key document) to the same JSON. */
export function sameYamlMeaning(a: string, b: string): boolean {
  const wrap = (s: string): string => 'x:\n' + s.replace(/^/gm, '  ')
  return toJson(fromYaml(wrap(a))) === toJson(fromYaml(wrap(b)))
}

/** Compares our YAML output with helm's: exact, or by meaning when helm's key order is random. */
export function yamlMatches(ours: string, helms: string, input: GoValue, v3: boolean): boolean {
  if (ours === helms) return true
  return !hasFixedKeyOrder(input, v3) && sameYamlMeaning(ours, helms)
}
