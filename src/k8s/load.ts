import { readManifestYaml } from '../yaml/fast-document.js'
import type { YamlProblem } from '../yaml/read.js'
import { type K8sObject, objectsOfDocument } from './objects.js'
import { FileManifestSource } from './source.js'

export interface LoadedManifest {
  objects: K8sObject[]
  /** Parse problems per document; the other documents of the file are still loaded. */
  problems: YamlProblem[]
  /** Whether the file held any Kubernetes object or parse problem worth reporting. */
  relevant: boolean
}

/** A quick test that saves parsing YAML and JSON files that cannot hold Kubernetes objects. */
export function mayHoldKubernetesObjects(text: string): boolean {
  return text.includes('apiVersion') && text.includes('kind')
}

/**
 * The Kubernetes objects of one manifest file. A document with a syntax error yields a
 * problem and no objects; a document with duplicate keys yields both (last value wins, as
 * the object would otherwise be read), because the user needs to see both.
 */
export function loadManifest(text: string, file: string): LoadedManifest {
  if (!mayHoldKubernetesObjects(text)) return { objects: [], problems: [], relevant: false }
  const { documents } = readManifestYaml(text, file)
  const objects: K8sObject[] = []
  const problems: YamlProblem[] = []
  for (const doc of documents) {
    const syntaxBroken = doc.problems.some((p) => !/unique|already set in map/i.test(p.message))
    problems.push(...doc.problems)
    if (syntaxBroken || doc.isEmpty) continue
    let value: unknown
    try {
      value = doc.value
    } catch (e) {
      // Alias expansion beyond the limit, or a value the YAML library refuses to build.
      problems.push({ message: (e as Error).message, span: doc.span, range: doc.contentRange })
      continue
    }
    if (value === undefined) continue
    objects.push(...objectsOfDocument(new FileManifestSource(doc)))
  }
  // A YAML file with problems is only worth a finding when it looks like it holds Kubernetes objects.
  return { objects, problems, relevant: objects.length > 0 || problems.length > 0 }
}
