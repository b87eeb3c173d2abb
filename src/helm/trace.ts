/**
 * What a traced render records for one output file: every value read by the template
 * engine (container, key, value, template position) and every write to the output with
 * the template position that produced it. The source map (source-map.ts) answers
 * questions from these records; recording is cheap and optional.
 */
import type { NodePos } from '../template/exec.js'
import type { GoValue } from '../template/value.js'

export interface ReadRecord {
  container: object
  key: string | number
  value: GoValue
  at: NodePos
}

export interface EmitRecord {
  /** Output range [start, end) in UTF-16 units of the file's final text. */
  start: number
  end: number
  at: NodePos
  kind: 'text' | 'action'
  /** reads[0 .. readEnd) happened before this write. */
  readEnd: number
}

/** An include or tpl executed while writing this file: its own output and writes. */
export interface NestedExec {
  /** reads[readStart .. readEnd) happened inside it. */
  readStart: number
  readEnd: number
  output: string
  emits: { start: number; end: number; at: NodePos; kind: 'text' | 'action' }[]
}

export class FileTrace {
  readonly reads: ReadRecord[] = []
  readonly emits: EmitRecord[] = []
  readonly nested: NestedExec[] = []

  beginNested(): NestedExec {
    const n: NestedExec = { readStart: this.reads.length, readEnd: -1, output: '', emits: [] }
    this.nested.push(n)
    return n
  }

  endNested(n: NestedExec, output: string): void {
    n.readEnd = this.reads.length
    n.output = output
  }

  onRead(container: object, key: string | number, value: GoValue, at: NodePos): void {
    this.reads.push({ container, key, value, at })
  }

  onEmit(start: number, end: number, at: NodePos, kind: 'text' | 'action'): void {
    this.emits.push({ start, end, at, kind, readEnd: this.reads.length })
  }

  /** Shifts output offsets after Helm removed every `<no value>` from the text. */
  removeNoValue(raw: string): string {
    const marker = '<no value>'
    const hits: number[] = []
    for (let i = raw.indexOf(marker); i >= 0; i = raw.indexOf(marker, i + marker.length))
      hits.push(i)
    if (hits.length === 0) return raw
    const map = (p: number): number => {
      let shift = 0
      for (const h of hits) {
        if (h + marker.length <= p) shift += marker.length
        else if (h < p) shift += p - h
        else break
      }
      return p - shift
    }
    for (const e of this.emits) {
      e.start = map(e.start)
      e.end = map(e.end)
    }
    return raw.split(marker).join('')
  }

  /** The write covering output offset `offset` (the last one when several end there). */
  emitAt(offset: number): EmitRecord | undefined {
    let lo = 0
    let hi = this.emits.length - 1
    let idx = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.emits[mid].start <= offset) {
        idx = mid
        lo = mid + 1
      } else {
        hi = mid - 1
      }
    }
    if (idx < 0) return undefined
    const e = this.emits[idx]
    return offset < e.end ? e : undefined
  }
}
