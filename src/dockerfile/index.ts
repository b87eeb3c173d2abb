/**
 * The Dockerfile model: parseDockerfile (structure) and buildImageModel (one
 * build target evaluated: who it runs as, with evidence).
 */
export { parseDockerfile } from './parse.js'
export { buildImageModel, parsePlatform } from './build.js'
export { imageUserToCri, kubeletImageUser, parseInt64, splitUserSpec } from './kubelet-user.js'
export { guessDistro, stockAccountNames } from './distro.js'
export type * from './types.js'
