/**
 * Helm chart rendering for kube-whoami: `helm template` byte for byte (helm v4.1.4), with
 * a source map from rendered documents back to values files and templates.
 *
 *   const result = renderChart('charts/app', { valuesFiles: ['values-prod.yaml'], trace: true, root })
 *   if (!result.ok) finding(result.error)                  // file/line of the failing template
 *   const map = sourceMapOf(result)
 *   for (const doc of result.documents) map.locatePath(doc, ['spec', 'template', 'spec', 'containers', 0, 'image'])
 *
 * runRender(argv, io) is the `helm template` command (kube-whoami render).
 */
export { renderChart } from './render.js'
export type { RenderOptions, RenderResult, RenderedDocument, RenderFailure } from './render.js'
export { runRender } from './render-command.js'
export type { RenderIO } from './render-command.js'
export { sourceMapOf, RenderSourceMap } from './source-map.js'
export type { Located, YamlPathStep } from './source-map.js'
export { loadChart, ChartLoadError } from './load.js'
export type { Chart, ChartFile, Metadata, Dependency } from './chart.js'
export type { EngineLimits } from './engine.js'
