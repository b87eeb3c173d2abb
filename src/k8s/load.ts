import { readManifestYaml } from '../yaml/fast-document.js'
import { type YamlProblem, YamlText } from '../yaml/read.js'
import { type K8sObject, objectsOfDocument } from './objects.js'
import { FileManifestSource } from './source.js'
import { pushAll } from '../core/arrays.js'
import { GO_YAML_DEPTH_MESSAGE, GO_YAML_MAX_DEPTH, nestingPasses } from '../yaml/depth.js'

export interface LoadedManifest {
  objects: K8sObject[]
  /** Parse problems per document; the other documents of the file are still loaded. */
  problems: YamlProblem[]
  /**
   * Set when the file is a Go template (`{{ … }}` actions) that is not YAML as it stands:
   * the first problem, reported as a notice rather than as broken manifests.
   */
  template?: YamlProblem
  /** Whether the file held any Kubernetes object or parse problem worth reporting. */
  relevant: boolean
}

/** A quick test that saves parsing YAML and JSON files that cannot hold Kubernetes objects. */
export function mayHoldKubernetesObjects(text: string): boolean {
  return text.includes('apiVersion') && text.includes('kind')
}

/** Go template actions (`{{ .Values.x }}`, `{{- include ... }}`), as goreleaser, krew or gomplate files hold. */
const TEMPLATE_ACTION = /\{\{-?\s*(?:[.$("]|[A-Za-z_][\w.]*\b|\/\*)[^\n]*?-?\}\}/

function isSyntaxProblem(p: YamlProblem): boolean {
  return !/unique|already set in map/i.test(p.message)
}

/** Why a document's value cannot be built, as kubectl would say it when it says it. */
function valueProblem(e: unknown, text: string): string {
  if (!(e instanceof RangeError) || !/call stack/i.test(e.message)) return (e as Error).message
  return nestingPasses(text, GO_YAML_MAX_DEPTH) !== undefined
    ? `yaml: ${GO_YAML_DEPTH_MESSAGE}`
    : `nested too deeply for kube-whoami's YAML reader (go-yaml reads up to ${GO_YAML_MAX_DEPTH} levels)`
}

/**
 * The Kubernetes objects of one manifest file. A document with a syntax error yields its
 * first syntax problem (what follows it is mostly the parser losing its place) and no
 * objects; a document with duplicate keys yields both (last value wins, as the object would
 * otherwise be read), because the user needs to see both.
 */
export function loadManifest(text: string, file: string): LoadedManifest {
  if (!mayHoldKubernetesObjects(text)) return { objects: [], problems: [], relevant: false }
  const deep = nestingPasses(text, GO_YAML_MAX_DEPTH)
  if (deep !== undefined) {
    // kubectl refuses it there (go-yaml); the readers here would run out of stack first.
    const span = { start: deep, end: deep + 1 }
    const range = YamlText.withLines(file, text).rangeOfSpan(span)
    return {
      objects: [],
      problems: [{ message: `yaml: ${GO_YAML_DEPTH_MESSAGE}`, span, range }],
      relevant: true,
    }
  }
  const { documents } = readManifestYaml(text, file)
  const objects: K8sObject[] = []
  const problems: YamlProblem[] = []
  for (const doc of documents) {
    const firstSyntax = doc.problems.find(isSyntaxProblem)
    if (firstSyntax) {
      problems.push(firstSyntax)
      continue
    }
    pushAll(problems, doc.problems)
    if (doc.isEmpty) continue
    let value: unknown
    try {
      value = doc.value
    } catch (e) {
      // Alias expansion beyond the limit, or a value the YAML library refuses to build.
      problems.push({ message: valueProblem(e, text), span: doc.span, range: doc.contentRange })
      continue
    }
    if (value === undefined) continue
    pushAll(objects, objectsOfDocument(new FileManifestSource(doc)))
  }
  // A template that only becomes YAML once rendered by its own tool is not a broken manifest.
  const firstSyntax = problems.find(isSyntaxProblem)
  if (firstSyntax && TEMPLATE_ACTION.test(text)) {
    return { objects, problems: [], relevant: true, template: firstSyntax }
  }
  // A YAML file with problems is only worth a finding when it looks like it holds Kubernetes objects.
  return { objects, problems, relevant: objects.length > 0 || problems.length > 0 }
}
