/**
 * The flags of `helm template` (helm v4.1.4, as `helm template --help` lists them) and what
 * `kube-whoami render` does with each: the same thing, nothing (flags that only matter to an
 * install against a cluster or to a download), or a refusal (flags whose output we cannot
 * give). A user's `helm template` command line either renders the same or says why not.
 */

export type FlagSupport =
  /** Same effect as in helm template. */
  | 'yes'
  /** Accepted; no effect on what `helm template` prints here (cluster, install or download only). */
  | 'no-effect'
  /** Refused with a message: the output would differ from helm's. */
  | 'no'

export interface RenderFlag {
  name: string
  short?: string
  /** pflag type word shown in help (`strings`, `stringArray`, `string`, `duration`); none for bools. */
  type?: string
  support: FlagSupport
  help: string
  /** Why a flag is refused or has no effect here. */
  note?: string
}

const DOWNLOAD = 'charts are read from disk only, never downloaded'
const CLUSTER = 'no cluster is contacted'

export const RENDER_FLAGS: readonly RenderFlag[] = [
  {
    name: 'api-versions',
    short: 'a',
    type: 'strings',
    support: 'yes',
    help: 'Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)',
  },
  {
    name: 'ca-file',
    type: 'string',
    support: 'no',
    help: 'verify certificates of HTTPS-enabled servers using this CA bundle',
    note: DOWNLOAD,
  },
  {
    name: 'cert-file',
    type: 'string',
    support: 'no',
    help: 'identify HTTPS client using this SSL certificate file',
    note: DOWNLOAD,
  },
  {
    name: 'create-namespace',
    support: 'no-effect',
    help: 'create the release namespace if not present',
    note: CLUSTER,
  },
  {
    name: 'dependency-update',
    support: 'no-effect',
    help: 'update dependencies if they are missing before installing the chart',
    note: 'dependencies are never downloaded: vendor them with helm dependency build',
  },
  { name: 'description', type: 'string', support: 'no-effect', help: 'add a custom description' },
  {
    name: 'devel',
    support: 'no-effect',
    help: "use development versions, too. Equivalent to version '>0.0.0-0'",
    note: DOWNLOAD,
  },
  {
    name: 'disable-openapi-validation',
    support: 'no-effect',
    help: 'if set, the installation process will not validate rendered templates against the Kubernetes OpenAPI Schema',
    note: CLUSTER,
  },
  {
    name: 'dry-run',
    type: 'string[="unset"]',
    support: 'no-effect',
    help: 'simulates the operation either client-side or server-side',
    note: 'rendering is always client-side',
  },
  {
    name: 'enable-dns',
    support: 'no-effect',
    help: 'enable DNS lookups when rendering templates',
    note: 'no DNS lookups are made: getHostByName returns an empty string, as without the flag',
  },
  {
    name: 'force-conflicts',
    support: 'no-effect',
    help: 'if set server-side apply will force changes against conflicts',
    note: CLUSTER,
  },
  {
    name: 'force-replace',
    support: 'no-effect',
    help: 'force resource updates by replacement',
    note: CLUSTER,
  },
  {
    name: 'generate-name',
    short: 'g',
    support: 'no',
    help: 'generate the name (and omit the NAME parameter)',
    note: 'give the release a NAME (or --release-name)',
  },
  { name: 'help', short: 'h', support: 'yes', help: 'help for render' },
  {
    name: 'hide-notes',
    support: 'no-effect',
    help: 'if set, do not show notes in install output',
    note: 'helm template prints no notes',
  },
  { name: 'include-crds', support: 'yes', help: 'include CRDs in the templated output' },
  {
    name: 'insecure-skip-tls-verify',
    support: 'no',
    help: 'skip tls certificate checks for the chart download',
    note: DOWNLOAD,
  },
  {
    name: 'is-upgrade',
    support: 'yes',
    help: 'set .Release.IsUpgrade instead of .Release.IsInstall',
  },
  {
    name: 'key-file',
    type: 'string',
    support: 'no',
    help: 'identify HTTPS client using this SSL key file',
    note: DOWNLOAD,
  },
  {
    name: 'keyring',
    type: 'string',
    support: 'no',
    help: 'location of public keys used for verification',
    note: DOWNLOAD,
  },
  {
    name: 'kube-version',
    type: 'string',
    support: 'yes',
    help: 'Kubernetes version used for Capabilities.KubeVersion',
  },
  {
    name: 'labels',
    short: 'l',
    type: 'stringToString',
    support: 'no-effect',
    help: 'Labels that would be added to release metadata',
    note: 'release metadata is not printed',
  },
  {
    name: 'name-template',
    type: 'string',
    support: 'no',
    help: 'specify template used to name the release',
    note: 'give the release a NAME (or --release-name)',
  },
  { name: 'no-hooks', support: 'yes', help: 'prevent hooks from running during install' },
  {
    name: 'output-dir',
    type: 'string',
    support: 'no',
    help: 'writes the executed templates to files in output-dir instead of stdout',
    note: 'output goes to standard output only',
  },
  {
    name: 'pass-credentials',
    support: 'no',
    help: 'pass credentials to all domains',
    note: DOWNLOAD,
  },
  {
    name: 'password',
    type: 'string',
    support: 'no',
    help: 'chart repository password where to locate the requested chart',
    note: DOWNLOAD,
  },
  {
    name: 'plain-http',
    support: 'no',
    help: 'use insecure HTTP connections for the chart download',
    note: DOWNLOAD,
  },
  {
    name: 'post-renderer',
    type: 'postRendererString',
    support: 'no',
    help: 'the name of a postrenderer type plugin to be used for post rendering',
    note: 'plugins are never run',
  },
  {
    name: 'post-renderer-args',
    type: 'postRendererArgsSlice',
    support: 'no',
    help: 'an argument to the post-renderer (can specify multiple)',
    note: 'plugins are never run',
  },
  {
    name: 'release-name',
    support: 'yes',
    help: 'use release name in the output-dir path; kube-whoami also takes --release-name NAME to name the release',
  },
  {
    name: 'render-subchart-notes',
    support: 'no-effect',
    help: 'if set, render subchart notes along with the parent',
    note: 'helm template prints no notes',
  },
  {
    name: 'replace',
    support: 'no-effect',
    help: 'reuse the given name, only if that name is a deleted release which remains in the history',
    note: CLUSTER,
  },
  {
    name: 'repo',
    type: 'string',
    support: 'no',
    help: 'chart repository url where to locate the requested chart',
    note: DOWNLOAD,
  },
  {
    name: 'rollback-on-failure',
    support: 'no-effect',
    help: 'if set, Helm will rollback (uninstall) the installation upon failure',
    note: CLUSTER,
  },
  {
    name: 'server-side',
    support: 'no-effect',
    help: 'object updates run in the server instead of the client (default true)',
    note: CLUSTER,
  },
  {
    name: 'set',
    type: 'stringArray',
    support: 'yes',
    help: 'set values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)',
  },
  {
    name: 'set-file',
    type: 'stringArray',
    support: 'yes',
    help: 'set values from respective files specified via the command line (can specify multiple or separate values with commas: key1=path1,key2=path2)',
  },
  {
    name: 'set-json',
    type: 'stringArray',
    support: 'yes',
    help: 'set JSON values on the command line (can specify multiple or separate values with commas: key1=jsonval1,key2=jsonval2 or using json format: {"key1": jsonval1, "key2": "jsonval2"})',
  },
  {
    name: 'set-literal',
    type: 'stringArray',
    support: 'yes',
    help: 'set a literal STRING value on the command line',
  },
  {
    name: 'set-string',
    type: 'stringArray',
    support: 'yes',
    help: 'set STRING values on the command line (can specify multiple or separate values with commas: key1=val1,key2=val2)',
  },
  {
    name: 'show-only',
    short: 's',
    type: 'stringArray',
    support: 'yes',
    help: 'only show manifests rendered from the given templates',
  },
  {
    name: 'skip-crds',
    support: 'no-effect',
    help: 'if set, no CRDs will be installed. By default, CRDs are installed if not already present',
    note: 'CRDs are printed only with --include-crds, as in helm template',
  },
  {
    name: 'skip-schema-validation',
    support: 'yes',
    help: 'if set, disables JSON schema validation',
  },
  { name: 'skip-tests', support: 'yes', help: 'skip tests from templated output' },
  {
    name: 'take-ownership',
    support: 'no-effect',
    help: 'if set, install will ignore the check for helm annotations and take ownership of the existing resources',
    note: CLUSTER,
  },
  {
    name: 'timeout',
    type: 'duration',
    support: 'no-effect',
    help: 'time to wait for any individual Kubernetes operation (like Jobs for hooks) (default 5m0s)',
    note: CLUSTER,
  },
  {
    name: 'username',
    type: 'string',
    support: 'no',
    help: 'chart repository username where to locate the requested chart',
    note: DOWNLOAD,
  },
  {
    name: 'values',
    short: 'f',
    type: 'strings',
    support: 'yes',
    help: 'specify values in a YAML file (can specify multiple); URLs are not downloaded',
  },
  {
    name: 'verify',
    support: 'no',
    help: 'verify the package before using it',
    note: DOWNLOAD,
  },
  {
    name: 'version',
    type: 'string',
    support: 'no',
    help: 'specify a version constraint for the chart version to use',
    note: DOWNLOAD,
  },
  {
    name: 'wait',
    type: 'WaitStrategy[=watcher]',
    support: 'no-effect',
    help: 'if specified, wait until resources are ready (up to --timeout)',
    note: CLUSTER,
  },
  {
    name: 'wait-for-jobs',
    support: 'no-effect',
    help: 'if set and --wait enabled, will wait until all Jobs have been completed',
    note: CLUSTER,
  },
  // Global flags of helm (`helm template --help` lists them under "Global Flags").
  {
    name: 'namespace',
    short: 'n',
    type: 'string',
    support: 'yes',
    help: 'namespace scope for this request',
  },
  { name: 'debug', support: 'no-effect', help: 'enable verbose output' },
  ...[
    'burst-limit:int',
    'color:string',
    'colour:string',
    'content-cache:string',
    'kube-apiserver:string',
    'kube-as-group:stringArray',
    'kube-as-user:string',
    'kube-ca-file:string',
    'kube-context:string',
    'kube-insecure-skip-tls-verify:',
    'kube-tls-server-name:string',
    'kube-token:string',
    'kubeconfig:string',
    'qps:float32',
    'registry-config:string',
    'repository-cache:string',
    'repository-config:string',
  ].map((spec): RenderFlag => {
    const [name, type] = spec.split(':')
    return {
      name,
      type: type || undefined,
      support: 'no-effect',
      help: 'global helm flag',
      note: name.startsWith('kube') ? CLUSTER : 'nothing is downloaded, cached or coloured',
    }
  }),
]

/** Whether a flag takes a value in the next argument when written without `=`. */
export function takesValue(flag: RenderFlag): boolean {
  return flag.type !== undefined && !flag.type.includes('[=')
}

export function renderHelp(version: string): string {
  const row = (f: RenderFlag) => {
    const left = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type ? ` ${f.type.replace(/\[=.*$/, '')}` : ''}`
    const why = f.note ? ` (${f.note})` : ''
    return `  ${left.padEnd(40)} ${f.help}${f.support === 'yes' ? '' : why}`
  }
  const group = (support: FlagSupport) =>
    RENDER_FLAGS.filter((f) => f.support === support)
      .map(row)
      .join('\n')
  return `kube-whoami ${version} render: print exactly what \`helm template\` (helm v4.1.4) prints, without helm

Usage:
  kube-whoami render [NAME] CHART [flags]

CHART is a chart folder or a .tgz archive on disk. Standard output, warnings and errors
(\`Error: ...\`, exit status 1) are helm's, byte for byte.

Flags (same effect as helm template):
${group('yes')}

Accepted, no effect here (as helm template without a cluster):
${group('no-effect')}

Not supported (refused with a message):
${group('no')}
`
}
