import type { RenderedDocument } from '../helm/render.js'
import type { RenderSourceMap } from '../helm/source-map.js'
import type { PositionedDocument, SpanPart, YamlPath } from '../yaml/read.js'
import { type Located, type ManifestSource, nearestExisting } from './source.js'

/**
 * A document rendered from a Helm chart. Places in it are reported where a person edits
 * them: the values-file key (or --set argument) that produced the value, with the template
 * line as a related location; the template line when no value is involved. Never a line of
 * the rendered output.
 */
export class RenderedManifestSource implements ManifestSource {
  constructor(
    readonly id: string,
    readonly doc: PositionedDocument,
    private readonly rendered: RenderedDocument,
    private readonly map: RenderSourceMap,
    readonly renderNote?: string,
  ) {}

  locate(path: YamlPath, _part: SpanPart = 'pair'): Located {
    const at = this.doc.has(path) ? path : nearestExisting(this.doc, path)
    const found =
      this.map.locatePath(this.rendered, [...at]) ?? this.map.locateOffset(this.rendered, 0)
    if (found) return { range: found.primary, related: found.related }
    const file = this.rendered.file.origin.archive ?? this.rendered.file.origin.path
    return { range: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] }
  }

  /** Where a parse problem at an offset of the rendered text comes from. */
  locateOffset(offset: number): Located | undefined {
    const found = this.map.locateOffset(this.rendered, offset)
    return found ? { range: found.primary, related: found.related } : undefined
  }
}
