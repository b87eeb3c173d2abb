/**
 * JSON written piece by piece, byte for byte what `JSON.stringify(value, null, 2)` writes,
 * so that a report of a hundred thousand findings never becomes one string (V8 strings stop
 * at 512 MiB, and one that size is a gigabyte of memory). The top levels are walked; each
 * element below them (one finding, one SARIF result) is stringified on its own.
 */

/** Where the text goes; called with pieces of about `CHUNK` characters. */
export type Sink = (text: string) => void

const CHUNK = 1 << 20

/** Buffers small pieces into chunks for `sink`; `end()` flushes the rest. */
export class ChunkedWriter {
  private buf: string[] = []
  private size = 0
  constructor(private readonly sink: Sink) {}
  write(text: string): void {
    this.buf.push(text)
    this.size += text.length
    if (this.size >= CHUNK) this.flush()
  }
  flush(): void {
    if (this.size === 0) return
    const text = this.buf.join('')
    this.buf = []
    this.size = 0
    this.sink(text)
  }
}

/** Writes `value` as `JSON.stringify(value, null, 2) + '\n'` would, in pieces. */
export function writeJson(value: unknown, sink: Sink, walkDepth = 4): void {
  const w = new ChunkedWriter(sink)
  emit(value, '', walkDepth, w)
  w.write('\n')
  w.flush()
}

function emit(value: unknown, indent: string, depth: number, w: ChunkedWriter): void {
  if (
    depth <= 0 ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    const text = JSON.stringify(value, null, 2) ?? 'null'
    w.write(indent ? text.replace(/\n/g, `\n${indent}`) : text)
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) {
      w.write('[]')
      return
    }
    w.write('[\n')
    for (let i = 0; i < value.length; i++) {
      w.write(inner)
      const item: unknown = value[i]
      // JSON.stringify writes null for what it cannot represent in an array.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
        w.write('null')
      else emit(item, inner, depth - 1, w)
      w.write(i < value.length - 1 ? ',\n' : '\n')
    }
    w.write(`${indent}]`)
    return
  }
  const entries = Object.entries(value).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  )
  if (entries.length === 0) {
    w.write('{}')
    return
  }
  w.write('{\n')
  entries.forEach(([k, v], i) => {
    w.write(`${inner}${JSON.stringify(k)}: `)
    emit(v, inner, depth - 1, w)
    w.write(i < entries.length - 1 ? ',\n' : '\n')
  })
  w.write(`${indent}}`)
}
