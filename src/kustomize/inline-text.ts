/**
 * Text written inside a kustomization (an inline patch, a helm valuesInline block): maps an
 * offset in the string value back to the file, so that what the inline YAML sets is
 * reported at its own line. Block scalars (`|`, `|-`, `>`) map line by line; other
 * scalars map to where the value starts.
 */
import type { Src } from './node.js'

export function inlineOffsetMapper(fileText: string, value: Src): (offset: number) => number {
  const start = value.start
  const c = fileText[start]
  if (c !== '|' && c !== '>') return () => start
  const headerEnd = fileText.indexOf('\n', start)
  if (headerEnd < 0) return () => start
  // Content lines, each with the file offset where the value's text on that line begins.
  const lineStarts: number[] = []
  let indent = -1
  let pos = headerEnd + 1
  while (pos < fileText.length && pos < value.end + 1) {
    const nl = fileText.indexOf('\n', pos)
    const end = nl < 0 ? fileText.length : nl
    const line = fileText.slice(pos, end).replace(/\r$/, '')
    if (indent < 0 && line.trim() !== '') indent = line.length - line.trimStart().length
    lineStarts.push(pos)
    pos = end + 1
  }
  const ind = Math.max(indent, 0)
  return (offset: number) => {
    // Offsets count characters of the value, lines separated by a single \n.
    let line = 0
    let rest = offset
    const text = fileText
    for (; line < lineStarts.length; line++) {
      const ls = lineStarts[line]
      const nl = text.indexOf('\n', ls)
      const raw = text.slice(ls, nl < 0 ? text.length : nl).replace(/\r$/, '')
      const len = Math.max(raw.length - ind, 0)
      if (rest <= len) return ls + Math.min(ind, raw.length) + rest
      rest -= len + 1
    }
    return value.end
  }
}
