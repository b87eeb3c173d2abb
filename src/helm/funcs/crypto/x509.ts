/**
 * X.509 certificates laid out as Go's x509.CreateCertificate writes them for Sprig's
 * templates: v3, random 128-bit serial, CN-only subject, KeyUsage (critical),
 * ExtKeyUsage serverAuth+clientAuth, BasicConstraints (critical), SubjectKeyId for
 * CAs, AuthorityKeyId from the signer, then SANs (DNS names, then IPs).
 */
import { createHash, sign, X509Certificate } from 'node:crypto'
import { randomBytes } from '../random.js'
import type { PrivKey } from './keys.js'
import { pemDecode, pemEncode, spkiOf } from './keys.js'
import {
  bitString,
  bool,
  children,
  explicit,
  goString,
  goTime,
  integer,
  nullDer,
  octets,
  oid,
  readDer,
  seq,
  set,
  tlv,
} from './der.js'
import type { Der } from './der.js'
import { to4 } from './ip.js'

export interface CertTemplate {
  commonName: string
  ips: Uint8Array[]
  dnsNames: string[]
  daysValid: number
  isCA: boolean
}

export interface Parent {
  /** DER of the parent's subject Name. */
  subject: Buffer
  subjectKeyId?: Buffer
}

/** KeyUsage bit string: Go trims trailing zero bits. */
function keyUsage(bits: number[]): Der {
  let v = 0
  for (const b of bits) v |= 1 << (7 - b)
  let unused = 0
  while (unused < 8 && !(v & (1 << unused))) unused++
  return tlv(0x03, Buffer.from([unused, v]))
}

const ext = (id: string, critical: boolean, value: Der): Der =>
  critical ? seq(oid(id), bool(true), octets(value)) : seq(oid(id), octets(value))

function sigAlgorithm(k: PrivKey): { alg: Der; hash: string | null } {
  switch (k.kind) {
    case 'rsa':
      return { alg: seq(oid('1.2.840.113549.1.1.11'), nullDer()), hash: 'sha256' }
    case 'ec': {
      const curve = k.key.asymmetricKeyDetails?.namedCurve
      if (curve === 'secp384r1') return { alg: seq(oid('1.2.840.10045.4.3.3')), hash: 'sha384' }
      if (curve === 'secp521r1') return { alg: seq(oid('1.2.840.10045.4.3.4')), hash: 'sha512' }
      return { alg: seq(oid('1.2.840.10045.4.3.2')), hash: 'sha256' }
    }
    case 'ed25519':
      return { alg: seq(oid('1.3.101.112')), hash: null }
    default:
      throw new Error('x509: certificate private key does not implement crypto.Signer')
  }
}

export function subjectName(cn: string): Der {
  if (cn === '') return seq()
  return seq(set(seq(oid('2.5.4.3'), goString(cn))))
}

/** Builds and signs a certificate; returns its DER. */
export function createCertificate(
  t: CertTemplate,
  signee: PrivKey,
  parent: Parent | 'self',
  signer: PrivKey,
): Buffer {
  if (signee.kind === 'dsa') throw new Error('x509: unsupported public key type: *dsa.PublicKey')
  const spki = spkiOf(signee)
  const { alg, hash } = sigAlgorithm(signer)
  const subject = subjectName(t.commonName)
  const issuer = parent === 'self' ? subject : parent.subject
  const serial = BigInt('0x' + randomBytes(16).toString('hex'))
  const now = Date.now()
  const notAfter = now + t.daysValid * 86_400_000
  const exts: Der[] = [
    ext('2.5.29.15', true, t.isCA ? keyUsage([0, 2, 5]) : keyUsage([0, 2])),
    ext('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))),
    ext('2.5.29.19', true, t.isCA ? seq(bool(true)) : seq()),
  ]
  // Go derives a CA's SubjectKeyId from the SHA-1 of its public key bits.
  let ski: Buffer | undefined
  if (t.isCA) {
    const keyBits = children(readDer(spki), spki)[1].content.subarray(1)
    ski = createHash('sha1').update(keyBits).digest()
    exts.push(ext('2.5.29.14', false, octets(ski)))
  }
  const parentSki = parent === 'self' ? ski : parent.subjectKeyId
  if (parentSki && parentSki.length > 0 && (parent === 'self' ? false : !issuer.equals(subject))) {
    exts.push(ext('2.5.29.35', false, seq(tlv(0x80, parentSki))))
  }
  if (t.dnsNames.length > 0 || t.ips.length > 0) {
    const names = [
      ...t.dnsNames.map((d) => tlv(0x82, Buffer.from(d, 'latin1'))),
      ...t.ips.map((ip) => tlv(0x87, to4(ip) ?? ip)),
    ]
    exts.push(ext('2.5.29.17', t.commonName === '', seq(...names)))
  }
  const tbs = seq(
    explicit(0, integer(2n)),
    integer(serial),
    alg,
    issuer,
    seq(goTime(now), goTime(notAfter)),
    subject,
    spki,
    explicit(3, seq(...exts)),
  )
  const sig =
    signer.kind === 'ec'
      ? sign(hash, tbs, { key: signer.key, dsaEncoding: 'der' })
      : sign(hash, tbs, signer.key)
  return seq(tbs, alg, bitString(sig))
}

export const certPem = (der: Buffer): string => pemEncode('CERTIFICATE', der)

/** Subject and SubjectKeyId of a PEM certificate (Go's x509.ParseCertificate on the first block). */
export function parseCertificatePem(pem: string): Parent {
  const block = pemDecode(pem)
  if (!block) throw new Error('unable to decode certificate')
  try {
    new X509Certificate(block.bytes)
  } catch (e) {
    throw new Error(
      `error parsing certificate: decodedSignerCert.Bytes: x509: ${(e as Error).message}`,
      { cause: e },
    )
  }
  const der = block.bytes
  const tbs = children(readDer(der), der)[0]
  const fields = children(tbs, der)
  const off = fields[0].tag === 0xa0 ? 1 : 0
  const subjectNode = fields[off + 4]
  const subject = der.subarray(subjectNode.start, subjectNode.end)
  let subjectKeyId: Buffer | undefined
  const extsNode = fields.find((f) => f.tag === 0xa3)
  if (extsNode) {
    const list = children(extsNode, der)[0]
    for (const e of children(list, der)) {
      const parts = children(e, der)
      if (parts[0].content.equals(Buffer.from([0x55, 0x1d, 0x0e]))) {
        const inner = readDer(parts[parts.length - 1].content)
        subjectKeyId = Buffer.from(inner.content)
      }
    }
  }
  return { subject: Buffer.from(subject), subjectKeyId }
}

/** True when the DER is a certificate node:crypto can parse. */
export function isParsableCertificate(der: Buffer): boolean {
  try {
    new X509Certificate(der)
    return true
  } catch {
    return false
  }
}
