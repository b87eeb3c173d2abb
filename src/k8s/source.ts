import type { RelatedLocation, SourceRange } from '../core/range.js'
import type { PositionedDocument, SpanPart, YamlPath } from '../yaml/read.js'

/** The ranges a finding is reported at: the line a person edits, and lines that explain it. */
export interface Located {
  range: SourceRange
  related: RelatedLocation[]
}

/**
 * One YAML document holding Kubernetes objects: a manifest file's document, or a document
 * rendered from a Helm chart. `locate` turns a path inside it into the ranges a person
 * edits — the manifest line, or for rendered output the values.yaml key or template line.
 */
export interface ManifestSource {
  /** Identity of the source for fingerprints: the manifest path, or chart + variant + template. */
  readonly id: string
  readonly doc: PositionedDocument
  locate(path: YamlPath, part?: SpanPart): Located
  /**
   * Said at the end of every finding on this source's objects: a chart rendered where helm
   * refuses it (templates or dependencies left out), so nobody takes it for helm's render.
   */
  readonly renderNote?: string
}

/** The path of the nearest node that exists, so a missing field points at its parent. */
export function nearestExisting(doc: PositionedDocument, path: YamlPath): YamlPath {
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n)
    if (doc.has(prefix)) return prefix
  }
  return []
}

/** A document of a manifest file in the repository: positions are the file's own. */
export class FileManifestSource implements ManifestSource {
  constructor(readonly doc: PositionedDocument) {}

  get id(): string {
    return this.doc.file
  }

  locate(path: YamlPath, part: SpanPart = 'pair'): Located {
    const found =
      this.doc.rangeOf(path, part) ?? this.doc.rangeOf(nearestExisting(this.doc, path), 'key')
    return { range: found ?? this.doc.contentRange, related: [] }
  }
}

/** A place in an object, resolved to ranges only when a finding is reported. */
export interface Loc {
  source: ManifestSource
  /** Absolute path inside the document (List items included). */
  path: YamlPath
  part?: SpanPart
}

export function resolveLoc(loc: Loc): Located {
  return loc.source.locate(loc.path, loc.part)
}
