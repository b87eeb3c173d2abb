import { TOOL_VERSION } from '../core/project.js'

const TITLE = `kube-whoami ${TOOL_VERSION}: who will each container run as, and will Kubernetes start it?`

/** Options `scan` and `baseline` share: where to look, which policy applies, whom to ask. */
const SELECTION_OPTIONS = `  -c, --config FILE              configuration file (default .kube-whoami.yaml at the root, when present)
      --root DIR                 root that reported paths are relative to (default: a single PATH that is a
                                 folder, else the current directory)
      --pss-level LEVEL          Pod Security Standards level: privileged, baseline, restricted (default restricted)
      --pss-version VERSION      policy version: latest or v1.0 ... v1.37 (default latest)
      --exclude GLOB             skip files matching GLOB (repeatable), on top of .gitignore
      --offline                  ask no registry: image facts come from the lookup cache and the
                                 shipped table only (also KUBE_WHOAMI_OFFLINE=1)
  -j, --jobs N                   threads rendering Helm charts, from four charts on (also
                                 KUBE_WHOAMI_JOBS; default: the cores, up to 4, and below 4 cores
                                 only for 64 charts or more)`

const SCAN_OPTIONS = `  -f, --format text|sarif|json   output format (default text)
  -o, --output FILE              write the report to FILE instead of standard output
${SELECTION_OPTIONS}
      --severity LEVEL           lowest level reported: error, warning, note (default note)
      --fail-on LEVEL            lowest level that makes the exit code 1: error, warning, note, none (default error)
      --category NAME            SARIF automationDetails category (default kube-whoami)
      --identities               text output starts with the who-runs-as-whom table
  -v, --verbose                  text output lists every finding in full (no summary of the
                                 restricted hardening) and each rule's documentation link
      --baseline FILE            report findings in this baseline file as suppressed (default:
                                 the config's baseline:); only new findings fail
      --no-baseline              ignore the config's baseline:
      --color / --no-color       force or disable colour in text output (default: colour on a terminal)
  -h, --help                     show this help`

const SUPPRESSING = `Suppressing a finding (each with an optional reason after the rule ids):
  # kube-whoami ignore=RULE[,RULE] reason    YAML: on the line above a field, object or list item,
                                             or at the end of the field's line; Dockerfile: on the
                                             line above an instruction
  # kube-whoami ignore-file=RULE[,RULE]      the whole file
  kube-whoami.io/ignore: "RULE[,RULE]"       annotation on the object or its pod template
                                             (reason: kube-whoami.io/ignore-reason)`

const EXIT_CODES = `Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  usage or configuration error
  3  internal error (please report it)`

export const HELP = `${TITLE}

Usage:
  kube-whoami [scan] [PATH...] [options]   scan manifests, charts and Dockerfiles under PATH (default .)
  kube-whoami render [NAME] CHART [flags]  print what \`helm template\` prints, without helm
  kube-whoami kustomize [DIR] [flags]      print what \`kubectl kustomize\` prints, without kubectl
  kube-whoami baseline [PATH...] [-o FILE] accept the current findings: write them to a baseline file
                                           (default .kube-whoami-baseline.json, or the config's baseline:)
  kube-whoami init [PATH] [--force]        write a commented .kube-whoami.yaml with the image links
                                           and charts found under PATH
  kube-whoami --version | --help
  kube-whoami COMMAND --help               the options of one command

Scan options:
${SCAN_OPTIONS}

${SUPPRESSING}

${EXIT_CODES}
`

export const SCAN_HELP = `${TITLE}

Usage:
  kube-whoami scan [PATH...] [options]

Scans the Kubernetes manifests, Helm charts and Dockerfiles under each PATH (default: the
current directory) and reports who each container runs as, whether the kubelet will start it,
and what the Pod Security Standards say. With a single PATH that is a folder, that folder is the
root: its .kube-whoami.yaml is read and reported paths are relative to it.

Options:
${SCAN_OPTIONS}

${SUPPRESSING}

${EXIT_CODES}
`

export const BASELINE_HELP = `${TITLE}

Usage:
  kube-whoami baseline [PATH...] [options]

Scans like \`kube-whoami scan\` (same root, configuration and policy) and writes every current
finding that is not suppressed otherwise to a baseline file. Later scans read it (config
\`baseline:\` or --baseline FILE) and fail only on findings that are not in it.

Options:
  -o, --output FILE              where to write (default: the config's baseline:, else
                                 .kube-whoami-baseline.json at the root); - for standard output
${SELECTION_OPTIONS}
  -h, --help                     show this help

Exit codes:
  0  the baseline was written
  2  usage or configuration error
  3  internal error (please report it)
`

export const INIT_HELP = `${TITLE}

Usage:
  kube-whoami init [PATH] [options]

Writes a commented starter .kube-whoami.yaml into PATH (default: the current directory): the
image -> Dockerfile links found in its workflows, compose, skaffold files and Makefiles, and its
Helm charts with a variant for each values-<name>.yaml beside them. \`kube-whoami scan PATH\` then
reads it. Review it: a chart variant renders that values file too, which can add findings.

Options:
  -o, --output FILE              write to FILE instead (- for standard output)
      --force                    overwrite an existing configuration file
  -h, --help                     show this help

Exit codes:
  0  the file was written
  2  usage error, or the file exists and --force was not given
`
