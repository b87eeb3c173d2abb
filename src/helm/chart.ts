/**
 * The in-memory chart, as Helm's loader builds it (pkg/chart/v2): metadata from Chart.yaml
 * (plus requirements.yaml for apiVersion v1), templates, other files, default values with
 * their origins, the schema, and subcharts linked to their parent.
 */
import type { GoMap, GoValue } from '../template/value.js'
import { pushAll } from '../core/arrays.js'

export interface Maintainer {
  name: string
  email: string
  url: string
}

export interface Dependency {
  name: string
  version: string
  repository: string
  condition: string
  tags: string[]
  enabled: boolean
  importValues: GoValue[]
  alias: string
}

export interface Metadata {
  name: string
  home: string
  sources: string[]
  version: string
  description: string
  keywords: string[]
  maintainers: Maintainer[]
  icon: string
  apiVersion: string
  condition: string
  tags: string
  appVersion: string
  deprecated: boolean
  annotations: Record<string, string> | null
  kubeVersion: string
  dependencies: Dependency[] | null
  type: string
}

/** Where a chart file lives on disk, for source ranges a person can open. */
export interface FileOrigin {
  /** Path relative to the scanned root (forward slashes). */
  path: string
  /** When the file came out of a .tgz, the archive's path relative to the scanned root. */
  archive?: string
}

export interface ChartFile {
  /** Name relative to the chart root, e.g. `templates/deployment.yaml`. */
  name: string
  data: Uint8Array
  origin: FileOrigin
}

export class Chart {
  parent: Chart | undefined
  dependencies: Chart[] = []
  templates: ChartFile[] = []
  files: ChartFile[] = []
  values: GoMap = {}
  schema: Uint8Array | undefined
  /** values.yaml's origin, for messages. */
  valuesOrigin: FileOrigin | undefined

  constructor(
    public metadata: Metadata,
    /** The chart directory (or archive) relative to the scanned root. */
    readonly origin: FileOrigin,
  ) {}

  get name(): string {
    return this.metadata.name
  }

  isRoot(): boolean {
    return this.parent === undefined
  }

  /** ChartFullPath: `parent/charts/name` (aliases included). */
  fullPath(): string {
    return this.parent ? `${this.parent.fullPath()}/charts/${this.name}` : this.name
  }

  isLibrary(): boolean {
    return this.metadata.type.toLowerCase() === 'library'
  }

  setDependencies(charts: Chart[]): void {
    this.dependencies = []
    this.addDependency(...charts)
  }

  addDependency(...charts: Chart[]): void {
    for (const c of charts) {
      c.parent = this
      this.dependencies.push(c)
    }
  }

  /** A shallow copy that can be renamed by an alias without touching the original. */
  cloneForAlias(): Chart {
    const out = new Chart({ ...this.metadata }, this.origin)
    out.metadata.dependencies = this.metadata.dependencies
      ? this.metadata.dependencies.map((d) => ({ ...d }))
      : null
    out.templates = this.templates
    out.files = this.files
    out.values = this.values
    out.schema = this.schema
    out.valuesOrigin = this.valuesOrigin
    out.parent = this.parent
    for (const d of this.dependencies) {
      const cpy = d.shallowCopy()
      out.addDependency(cpy)
    }
    return out
  }

  /** `cpy := *dependency`: same fields, same metadata pointer, same children. */
  shallowCopy(): Chart {
    const out = new Chart(this.metadata, this.origin)
    out.templates = this.templates
    out.files = this.files
    out.values = this.values
    out.schema = this.schema
    out.valuesOrigin = this.valuesOrigin
    out.parent = this.parent
    out.dependencies = this.dependencies
    return out
  }

  /** CRD files (crds/*.yaml|yml|json) of this chart and its subcharts, parents first. */
  crdObjects(): { filename: string; file: ChartFile }[] {
    const out: { filename: string; file: ChartFile }[] = []
    for (const f of this.files) {
      if (f.name.startsWith('crds/') && /\.(ya?ml|json)$/.test(f.name)) {
        out.push({ filename: `${this.fullPath()}/${f.name}`, file: f })
      }
    }
    for (const d of this.dependencies) pushAll(out, d.crdObjects())
    return out
  }
}

export function emptyMetadata(): Metadata {
  return {
    name: '',
    home: '',
    sources: [],
    version: '',
    description: '',
    keywords: [],
    maintainers: [],
    icon: '',
    apiVersion: '',
    condition: '',
    tags: '',
    appVersion: '',
    deprecated: false,
    annotations: null,
    kubeVersion: '',
    dependencies: null,
    type: '',
  }
}
