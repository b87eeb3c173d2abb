import { TOOL_VERSION } from '../core/project.js'

export const HELP = `kube-whoami ${TOOL_VERSION}: who will each container run as, and will Kubernetes start it?

Usage:
  kube-whoami [scan] [PATH...] [options]   scan manifests, charts and Dockerfiles under PATH (default .)
  kube-whoami render [NAME] CHART [flags]  print what \`helm template\` prints, without helm
  kube-whoami baseline [PATH...] [-o FILE] accept the current findings: write them to a baseline file
                                           (default .kube-whoami-baseline.json, or the config's baseline:)
  kube-whoami init [PATH] [--force]        write a commented .kube-whoami.yaml with the image links
                                           and charts found under PATH
  kube-whoami --version | --help

Scan options:
  -f, --format text|sarif|json   output format (default text)
  -o, --output FILE              write the report to FILE instead of standard output
  -c, --config FILE              configuration file (default .kube-whoami.yaml at the root, when present)
      --root DIR                 root that reported paths are relative to (default: the current directory)
      --pss-level LEVEL          Pod Security Standards level: privileged, baseline, restricted (default restricted)
      --pss-version VERSION      policy version: latest or v1.0 ... v1.37 (default latest)
      --severity LEVEL           lowest level reported: error, warning, note (default note)
      --fail-on LEVEL            lowest level that makes the exit code 1: error, warning, note, none (default error)
      --exclude GLOB             skip files matching GLOB (repeatable), on top of .gitignore
      --category NAME            SARIF automationDetails category (default kube-whoami)
      --identities               text output starts with the who-runs-as-whom table
      --baseline FILE            report findings in this baseline file as suppressed (default:
                                 the config's baseline:); only new findings fail
      --no-baseline              ignore the config's baseline:
      --color / --no-color       force or disable colour in text output (default: colour on a terminal)
      --offline                  ask no registry: image facts come from the lookup cache and the
                                 shipped table only (also KUBE_WHOAMI_OFFLINE=1)

Suppressing a finding (each with an optional reason after the rule ids):
  # kube-whoami ignore=RULE[,RULE] reason    YAML: on the line above a field, object or list item,
                                             or at the end of the field's line; Dockerfile: on the
                                             line above an instruction
  # kube-whoami ignore-file=RULE[,RULE]      the whole file
  kube-whoami.io/ignore: "RULE[,RULE]"       annotation on the object or its pod template
                                             (reason: kube-whoami.io/ignore-reason)

Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  usage or configuration error
  3  internal error (please report it)
`
