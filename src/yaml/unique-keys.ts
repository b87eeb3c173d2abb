/**
 * Duplicate mapping keys found in linear time. The yaml package's own check (`uniqueKeys:
 * true`) compares each new key with every earlier key of its map: a config with 32,000 rules
 * took 64 s. Parsing with `uniqueKeys: false` and calling this afterwards reports the same
 * errors ("Map keys must be unique", code DUPLICATE_KEY, at the repeated key) with a set per map.
 */
import { pushAll } from '../core/arrays.js'
import { isAlias, isMap, isPair, isScalar, isSeq, YAMLParseError, type Document } from 'yaml'

/** Adds the yaml package's DUPLICATE_KEY error for every repeated key of `doc`, in order. */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const found: YAMLParseError[] = []
  const stack: unknown[] = [doc.contents]
  while (stack.length) {
    const node = stack.pop()
    if (!node || isAlias(node)) continue
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item)
    } else if (isMap(node)) {
      // The package's equality: the same node, or scalars whose values are ===.
      const seen = new Set<unknown>()
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = pair.key
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) {
            const at = key.range?.[0] ?? 0
            found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
          } else seen.add(key.value)
        }
        stack.push(pair.key, pair.value)
      }
    }
  }
  if (!found.length) return
  pushAll(doc.errors, found)
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0])
}
