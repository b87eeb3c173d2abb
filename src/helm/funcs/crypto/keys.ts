/** Private keys as Sprig makes and reads them: PEM block types and encodings of Go's crypto/x509. */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  generatePrimeSync,
} from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { children, integer, intValue, readDer, seq } from './der.js'

export interface PemBlock {
  type: string
  bytes: Buffer
}

/** pem.EncodeToMemory. */
export function pemEncode(type: string, bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64')
  const lines = b64.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${type}-----\n${lines.map((l) => l + '\n').join('')}-----END ${type}-----\n`
}

/** pem.Decode: the first PEM block in the text, or undefined. */
export function pemDecode(text: string): PemBlock | undefined {
  const re = /(?:^|\n)-----BEGIN ([^\n]*?)-----[ \t]*\r?\n([\s\S]*?)\n?-----END \1-----/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    let body = m[2]
    // Optional RFC 1421 headers end at the first blank line.
    if (/^[^\n]*:/.test(body)) {
      const blank = body.search(/\r?\n\r?\n/)
      if (blank >= 0) body = body.slice(blank).trimStart()
    }
    const clean = body.replace(/[\r\n \t]/g, '')
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) continue
    return { type: m[1], bytes: Buffer.from(clean, 'base64') }
  }
  return undefined
}

export type KeyKind = 'rsa' | 'ec' | 'ed25519' | 'dsa'

export interface PrivKey {
  kind: KeyKind
  key: KeyObject
}

const kindOf = (k: KeyObject): KeyKind => {
  switch (k.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss':
      return 'rsa'
    case 'ec':
      return 'ec'
    case 'ed25519':
      return 'ed25519'
    case 'dsa':
      return 'dsa'
    default:
      throw new Error(`unsupported key type ${k.asymmetricKeyType}`)
  }
}

/** Go's DSAKeyFormat from a node DSA key (node exports DSA only as PKCS#8). */
function dsaTraditional(key: KeyObject): Buffer {
  const der = key.export({ type: 'pkcs8', format: 'der' })
  const top = readDer(der)
  const [, alg, priv] = children(top, der)
  const [, params] = children(alg, der)
  const [p, q, g] = children(params, der).map(intValue)
  const x = intValue(readDer(priv.content))
  let y = 1n
  let base = g % p
  let e = x
  while (e > 0n) {
    if (e & 1n) y = (y * base) % p
    base = (base * base) % p
    e >>= 1n
  }
  return seq(integer(0n), integer(p), integer(q), integer(g), integer(y), integer(x))
}

/** pemBlockForKey: PKCS#1 for RSA, SEC 1 for ECDSA, Go's DSA format, PKCS#8 otherwise. */
export function keyToPem(k: PrivKey): string {
  switch (k.kind) {
    case 'rsa':
      return pemEncode('RSA PRIVATE KEY', k.key.export({ type: 'pkcs1', format: 'der' }))
    case 'ec':
      return pemEncode('EC PRIVATE KEY', k.key.export({ type: 'sec1', format: 'der' }))
    case 'dsa':
      return pemEncode('DSA PRIVATE KEY', dsaTraditional(k.key))
    default:
      return pemEncode('PRIVATE KEY', k.key.export({ type: 'pkcs8', format: 'der' }))
  }
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a % m, m]
  let [s0, s1] = [1n, 0n]
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1] = [r1, r0 - q * r1]
    ;[s0, s1] = [s1, s0 - q * s1]
  }
  return ((s0 % m) + m) % m
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}

/**
 * An RSA key from two OpenSSL primes. OpenSSL 3's RSA key generation takes several
 * times longer than generating the two primes, and charts call genCA and
 * genSignedCert on every render; the result is an ordinary PKCS#1 key (e = 65537,
 * primes with their top two bits set, so the modulus has exactly `bits` bits).
 */
export function generateRsa(bits: number): PrivKey {
  const e = 65537n
  for (;;) {
    const p = generatePrimeSync(bits / 2, { bigint: true })
    const q = generatePrimeSync(bits / 2, { bigint: true })
    if (p === q || gcd(e, p - 1n) !== 1n || gcd(e, q - 1n) !== 1n) continue
    const n = p * q
    if (n.toString(2).length !== bits) continue
    const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n)
    const d = modInverse(e, lambda)
    const der = seq(
      integer(0n),
      integer(n),
      integer(e),
      integer(d),
      integer(p),
      integer(q),
      integer(d % (p - 1n)),
      integer(d % (q - 1n)),
      integer(modInverse(q, p)),
    )
    return { kind: 'rsa', key: createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }) }
  }
}

/** Sprig's genPrivateKey (RSA keys of 4096 bits, as sprig's; `rsaBits` for scans). */
export function generatePrivateKey(typ: string, rsaBits = 4096): string {
  let k: PrivKey
  switch (typ) {
    case '':
    case 'rsa':
      k = generateRsa(rsaBits)
      break
    case 'dsa':
      k = {
        kind: 'dsa',
        key: generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey,
      }
      break
    case 'ecdsa':
      k = { kind: 'ec', key: generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey }
      break
    case 'ed25519':
      k = { kind: 'ed25519', key: generateKeyPairSync('ed25519').privateKey }
      break
    default:
      return 'Unknown type ' + typ
  }
  return keyToPem(k)
}

/** Sprig's parsePrivateKeyPEM; throws with Go's error texts. */
export function parsePrivateKeyPem(pem: string): PrivKey {
  const block = pemDecode(pem)
  if (!block) throw new Error('no PEM data in input')
  const load = (format: 'pkcs8' | 'pkcs1' | 'sec1', what: string): PrivKey => {
    try {
      const key = createPrivateKey({ key: block.bytes, format: 'der', type: format })
      return { kind: kindOf(key), key }
    } catch (e) {
      throw new Error(`${what}: ${(e as Error).message}`, { cause: e })
    }
  }
  if (block.type === 'PRIVATE KEY') return load('pkcs8', 'decoding PEM as PKCS#8')
  if (!block.type.endsWith(' PRIVATE KEY')) {
    throw new Error(`no private key data in PEM block of type ${block.type}`)
  }
  switch (block.type.slice(0, -12)) {
    case 'RSA':
      return load('pkcs1', 'parsing RSA private key from PEM')
    case 'EC':
      return load('sec1', 'parsing EC private key from PEM')
    case 'DSA':
      try {
        const key = createPrivateKey({
          key: pemEncode('DSA PRIVATE KEY', block.bytes),
          format: 'pem',
        })
        return { kind: 'dsa', key }
      } catch (e) {
        throw new Error(`parsing DSA private key from PEM: ${(e as Error).message}`, {
          cause: e,
        })
      }
    default:
      throw new Error(`invalid private key type ${block.type}`)
  }
}

/** DER SubjectPublicKeyInfo of a private key's public half. */
export function spkiOf(k: PrivKey): Buffer {
  return createPublicKey(k.key).export({ type: 'spki', format: 'der' })
}
