/**
 * The rule registry: every rule the scanner knows, sorted by id. Ids are stable (SARIF
 * ruleId, docs/rules/<id>.md, config keys) and equal to the file name of the rule.
 */
import dockerCapabilities from './docker/docker-capabilities.js'
import dockerHostNamespaces from './docker/docker-host-namespaces.js'
import dockerHostRootMount from './docker/docker-host-root-mount.js'
import dockerNoNewPrivileges from './docker/docker-no-new-privileges.js'
import dockerPrivileged from './docker/docker-privileged.js'
import dockerPrivilegedPortNonRoot from './docker/docker-privileged-port-non-root.js'
import dockerRunsAsRoot from './docker/docker-runs-as-root.js'
import dockerSocketMount from './docker/docker-socket-mount.js'
import dockerUnconfinedProfile from './docker/docker-unconfined-profile.js'
import dockerUserUndefined from './docker/docker-user-undefined.js'
import dockerfileParseError from './dockerfile/dockerfile-parse-error.js'
import dockerfileUserName from './dockerfile/dockerfile-user-name.js'
import dockerfileUserRoot from './dockerfile/dockerfile-user-root.js'
import dockerfileUserUndefined from './dockerfile/dockerfile-user-undefined.js'
import containerRunsAsRoot from './image-pod/container-runs-as-root.js'
import privilegedPortNonRoot from './image-pod/privileged-port-non-root.js'
import readonlyRootfsWritePath from './image-pod/readonly-rootfs-write-path.js'
import runasnonrootImageInvalidUid from './image-pod/runasnonroot-image-invalid-uid.js'
import runasnonrootImageRoot from './image-pod/runasnonroot-image-root.js'
import runasnonrootImageUserName from './image-pod/runasnonroot-image-user-name.js'
import runasnonrootRunasuserZero from './image-pod/runasnonroot-runasuser-zero.js'
import runasuserNotFileOwner from './image-pod/runasuser-not-file-owner.js'
import sharedVolumeNoFsgroup from './image-pod/shared-volume-no-fsgroup.js'
import helmRenderError from './input/helm-render-error.js'
import kustomizeBuildError from './input/kustomize-build-error.js'
import unusedSuppression from './input/unused-suppression.js'
import yamlParseError from './input/yaml-parse-error.js'
import pssAllowPrivilegeEscalation from './pod/pss-allow-privilege-escalation.js'
import pssApparmor from './pod/pss-apparmor.js'
import pssCapabilitiesBaseline from './pod/pss-capabilities-baseline.js'
import pssCapabilitiesRestricted from './pod/pss-capabilities-restricted.js'
import pssHostNamespaces from './pod/pss-host-namespaces.js'
import pssHostPathVolumes from './pod/pss-host-path-volumes.js'
import pssHostPorts from './pod/pss-host-ports.js'
import pssHostProbes from './pod/pss-host-probes.js'
import pssPrivileged from './pod/pss-privileged.js'
import pssProcMount from './pod/pss-proc-mount.js'
import pssProcMountRestricted from './pod/pss-proc-mount-restricted.js'
import pssRestrictedVolumes from './pod/pss-restricted-volumes.js'
import pssRunAsNonRoot from './pod/pss-run-as-non-root.js'
import pssRunAsUser from './pod/pss-run-as-user.js'
import pssSeccompBaseline from './pod/pss-seccomp-baseline.js'
import pssSeccompRestricted from './pod/pss-seccomp-restricted.js'
import pssSelinux from './pod/pss-selinux.js'
import pssSysctls from './pod/pss-sysctls.js'
import pssWindowsHostProcess from './pod/pss-windows-host-process.js'
import type { Rule } from './types.js'

export const RULES: readonly Rule[] = [
  containerRunsAsRoot,
  dockerCapabilities,
  dockerHostNamespaces,
  dockerHostRootMount,
  dockerNoNewPrivileges,
  dockerPrivileged,
  dockerPrivilegedPortNonRoot,
  dockerRunsAsRoot,
  dockerSocketMount,
  dockerUnconfinedProfile,
  dockerUserUndefined,
  dockerfileParseError,
  dockerfileUserName,
  dockerfileUserRoot,
  dockerfileUserUndefined,
  helmRenderError,
  kustomizeBuildError,
  privilegedPortNonRoot,
  readonlyRootfsWritePath,
  runasnonrootImageInvalidUid,
  runasnonrootImageRoot,
  runasnonrootImageUserName,
  runasnonrootRunasuserZero,
  runasuserNotFileOwner,
  sharedVolumeNoFsgroup,
  pssAllowPrivilegeEscalation,
  pssApparmor,
  pssCapabilitiesBaseline,
  pssCapabilitiesRestricted,
  pssHostNamespaces,
  pssHostPathVolumes,
  pssHostPorts,
  pssHostProbes,
  pssPrivileged,
  pssProcMount,
  pssProcMountRestricted,
  pssRestrictedVolumes,
  pssRunAsNonRoot,
  pssRunAsUser,
  pssSeccompBaseline,
  pssSeccompRestricted,
  pssSelinux,
  pssSysctls,
  pssWindowsHostProcess,
  unusedSuppression,
  yamlParseError,
].sort((a, b) => (a.id < b.id ? -1 : 1))

const byId = new Map(RULES.map((r) => [r.id, r]))

export function ruleById(id: string): Rule | undefined {
  return byId.get(id)
}
