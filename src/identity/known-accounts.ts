/**
 * Whether the model knows every account of an image built here, so that a name missing
 * from it is surely missing: nothing in the build chain can add accounts out of the
 * model's sight (package installs, scripts, files copied into /etc), and the base image's
 * stock accounts are known (a known distribution, or scratch).
 */
import { stockAccountNames, type ImageModel } from '../dockerfile/index.js'

export interface KnownAccounts {
  users: Set<string>
  groups: Set<string>
  /** The base image reference, for messages. */
  base: string
}

export function knownAccounts(img: ImageModel): KnownAccounts | undefined {
  if (img.hiddenAccountSources.length > 0) return undefined
  const ref = img.baseImage.ref
  if (ref === null) return undefined
  const stock = stockAccountNames(ref.toLowerCase() === 'scratch' ? 'scratch' : img.distro)
  if (!stock) return undefined
  const users = new Set([...stock.users, ...img.users.keys()])
  const groups = new Set([...stock.groups, ...img.groups.keys()])
  return { users, groups, base: ref }
}
