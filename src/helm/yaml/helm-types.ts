/**
 * JSON names of the Go structs Helm exposes to templates (helm v4.1.4), for toJson and
 * toYaml of `.Capabilities`. Untagged structs (common.Capabilities, common.KubeVersion)
 * need nothing: encoding/json then uses the Go field names, as GoStruct does by default.
 */
import { registerJsonFields } from './go-json.js'

// internal/version.BuildInfo, `.Capabilities.HelmVersion`.
registerJsonFields('version.BuildInfo', [
  { field: 'Version', key: 'version', omitEmpty: true },
  { field: 'GitCommit', key: 'git_commit', omitEmpty: true },
  { field: 'GitTreeState', key: 'git_tree_state', omitEmpty: true },
  { field: 'GoVersion', key: 'go_version', omitEmpty: true },
  { field: 'KubeClientVersion', key: 'kube_client_version' },
])
