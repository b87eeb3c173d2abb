/** Sprig's crypto functions (crypto.go): certificates, keys, bcrypt, AES, derivePassword, random. */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  scryptSync,
  X509Certificate,
} from 'node:crypto'
import bcryptjs from 'bcryptjs'
import { GoStruct } from '../../../template/value.js'
import type { GoValue } from '../../../template/value.js'
import { intNum } from '../cast.js'
import { base64DecodeStrict } from '../encoding.js'
import { formatV, strval } from '../fmtv.js'
import { goError, goPanic } from '../gopanic.js'
import { goTypeName, isSlice, sliceItems } from '../types.js'
import { generatePrivateKey, generateRsa, keyToPem, parsePrivateKeyPem, pemDecode } from './keys.js'
import type { PrivKey } from './keys.js'
import { parseIP } from './ip.js'
import { certPem, createCertificate, parseCertificatePem } from './x509.js'
import { randomBytes, randomInt, randomUUID } from '../random.js'
import { checkSize, costlyCall, keyGeneration } from '../../../core/budget.js'

const str = (v: GoValue): string => (typeof v === 'string' ? v : strval(v))

export const CERTIFICATE_TYPE = 'sprig.certificate'

/** Sprig's certificate struct: {Cert, Key}. */
export function certificate(cert: string, key: string): GoStruct {
  return new GoStruct(CERTIFICATE_TYPE, { Cert: cert, Key: key })
}

function certArg(v: GoValue): { Cert: string; Key: string } {
  if (v instanceof GoStruct && v.typeName === CERTIFICATE_TYPE) {
    return { Cert: String(v.fields.Cert), Key: String(v.fields.Key) }
  }
  return goError(`wrong type for value; expected sprig.certificate; got ${goTypeName(v)}`)
}

function listArg(v: GoValue): GoValue[] {
  if (v === null) return []
  if (isSlice(v)) return sliceItems(v)
  return goError(`wrong type for value; expected []interface {}; got ${goTypeName(v)}`)
}

function netIPs(ips: GoValue): Uint8Array[] {
  return listArg(ips).map((ip) => {
    if (typeof ip !== 'string') goError(`error parsing ip: ${formatV(ip)} is not a string`)
    const parsed = parseIP(ip)
    if (!parsed) goError(`error parsing ip: ${ip}`)
    return parsed
  })
}

function dnsNames(names: GoValue): string[] {
  return listArg(names).map((n) => {
    if (typeof n !== 'string') {
      goError(`error processing alternate dns name: ${formatV(n)} is not a string`)
    }
    return n
  })
}

function keyArg(pem: GoValue): PrivKey {
  try {
    return parsePrivateKeyPem(str(pem))
  } catch (e) {
    return goError(`parsing private key: ${(e as Error).message}`)
  }
}

function makeCert(
  cn: GoValue,
  ips: GoValue,
  dns: GoValue,
  days: GoValue,
  isCA: boolean,
  signee: PrivKey,
  ca?: { Cert: string; Key: string },
): GoStruct {
  const template = {
    commonName: str(cn),
    ips: netIPs(ips),
    dnsNames: dnsNames(dns),
    daysValid: intNum(days),
    isCA,
  }
  let der: Buffer
  if (ca) {
    let parent
    try {
      parent = parseCertificatePem(ca.Cert)
    } catch (e) {
      return goError((e as Error).message)
    }
    let signer: PrivKey
    try {
      signer = parsePrivateKeyPem(ca.Key)
    } catch (e) {
      return goError(`error parsing private key: ${(e as Error).message}`)
    }
    try {
      der = createCertificate(template, signee, parent, signer)
    } catch (e) {
      return goError(`error creating certificate: ${(e as Error).message}`)
    }
  } else {
    try {
      der = createCertificate(template, signee, 'self', signee)
    } catch (e) {
      return goError(`error creating certificate: ${(e as Error).message}`)
    }
  }
  return certificate(certPem(der), keyToPem(signee))
}

let reuseKeys = false
let sharedKey: PrivKey | undefined
const SCAN_RSA_BITS = 1024

/**
 * Speed knob for scanning: reuse one RSA key per process for genCA, genSelfSignedCert
 * and genSignedCert, and one key per type for genPrivateKey, instead of a fresh one per
 * call (a few hundred ms each; 300 calls took 142 s), and make those RSA keys 1024 bits
 * (15 ms to generate, where 2048 bits took 50 to 90 ms and genPrivateKey's 4096 bits 430 ms,
 * paid again by every thread of a scan). Output keeps its shape (parseable PEM, verifying
 * chains); only the keys repeat, and are shorter, which nothing a scan reports can see.
 * Off by default: `render` makes keys as helm does.
 */
export function setCertificateKeyReuse(on: boolean): void {
  reuseKeys = on
}

function rsa2048(): PrivKey {
  if (!reuseKeys) {
    keyGeneration()
    return generateRsa(2048)
  }
  sharedKey ??= generateRsa(SCAN_RSA_BITS)
  return sharedKey
}

export const genCA = (cn: GoValue, days: GoValue): GoStruct =>
  makeCert(cn, null, null, days, true, rsa2048())
export const genCAWithKey = (cn: GoValue, days: GoValue, key: GoValue): GoStruct =>
  makeCert(cn, null, null, days, true, keyArg(key))
export const genSelfSignedCert = (
  cn: GoValue,
  ips: GoValue,
  dns: GoValue,
  days: GoValue,
): GoStruct => makeCert(cn, ips, dns, days, false, rsa2048())
export const genSelfSignedCertWithKey = (
  cn: GoValue,
  ips: GoValue,
  dns: GoValue,
  days: GoValue,
  key: GoValue,
): GoStruct => makeCert(cn, ips, dns, days, false, keyArg(key))
export const genSignedCert = (
  cn: GoValue,
  ips: GoValue,
  dns: GoValue,
  days: GoValue,
  ca: GoValue,
): GoStruct => {
  const c = certArg(ca)
  return makeCert(cn, ips, dns, days, false, rsa2048(), c)
}
export const genSignedCertWithKey = (
  cn: GoValue,
  ips: GoValue,
  dns: GoValue,
  days: GoValue,
  ca: GoValue,
  key: GoValue,
): GoStruct => {
  const c = certArg(ca)
  return makeCert(cn, ips, dns, days, false, keyArg(key), c)
}

export function buildCustomCert(b64cert: GoValue, b64key: GoValue): GoStruct {
  let cert: Buffer
  let key: Buffer
  try {
    cert = base64DecodeStrict(Buffer.from(str(b64cert), 'utf8'))
  } catch {
    return goError('unable to decode base64 certificate')
  }
  try {
    key = base64DecodeStrict(Buffer.from(str(b64key), 'utf8'))
  } catch {
    return goError('unable to decode base64 private key')
  }
  const block = pemDecode(cert.toString('latin1'))
  if (!block) return goError('unable to decode certificate')
  try {
    new X509Certificate(block.bytes)
  } catch (e) {
    return goError(`error parsing certificate: decodedCert.Bytes: x509: ${(e as Error).message}`)
  }
  try {
    parsePrivateKeyPem(key.toString('latin1'))
  } catch (e) {
    return goError(`error parsing private key: ${(e as Error).message}`)
  }
  return certificate(cert.toString('utf8'), key.toString('utf8'))
}

const sharedPrivateKeys = new Map<string, string>()

/** Sprig's genPrivateKey; with key reuse (scans), one key per type per process. */
export function genPrivateKey(typ: string): string {
  if (!reuseKeys) {
    keyGeneration()
    return generatePrivateKey(typ)
  }
  let pem = sharedPrivateKeys.get(typ)
  if (pem === undefined) {
    pem = generatePrivateKey(typ, SCAN_RSA_BITS)
    sharedPrivateKeys.set(typ, pem)
  }
  return pem
}

/** bcrypt.GenerateFromPassword(DefaultCost=10): "$2a$10$" + 22 salt + 31 hash characters. */
export function bcrypt(input: GoValue): string {
  const pw = Buffer.from(str(input), 'utf8')
  if (pw.length > 72) {
    return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes'
  }
  costlyCall()
  const salt = '$2a$10$' + bcryptjs.encodeBase64(randomBytes(16), 16)
  // bcryptjs takes a JS string and encodes it as UTF-8 itself, as Go hashes the bytes.
  return bcryptjs.hashSync(str(input), salt)
}

export function htpasswd(username: GoValue, password: GoValue): string {
  const u = str(username)
  if (u.includes(':')) return `invalid username: ${u}`
  return `${u}:${bcrypt(password)}`
}

export function randBytes(count: GoValue): string {
  const n = intNum(count)
  if (n < 0) goPanic('runtime error: makeslice: len out of range')
  checkSize('randBytes', Math.ceil(n / 3) * 4, 'chars')
  return randomBytes(n).toString('base64')
}

export const uuidv4 = (): string => randomUUID()

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function randomFrom(name: string, count: GoValue, alphabet: string): string {
  const n = intNum(count)
  if (n <= 0) return ''
  checkSize(name, n, 'chars')
  let out = ''
  for (let i = 0; i < n; i++) out += alphabet[randomInt(alphabet.length)]
  return out
}

export const randAlphaNum = (c: GoValue): string => randomFrom('randAlphaNum', c, ALNUM)
export const randAlpha = (c: GoValue): string => randomFrom('randAlpha', c, ALNUM.slice(0, 52))
export const randNumeric = (c: GoValue): string => randomFrom('randNumeric', c, '0123456789')
export const randAscii = (c: GoValue): string => {
  let printable = ''
  for (let c2 = 32; c2 < 127; c2++) printable += String.fromCharCode(c2)
  return randomFrom('randAscii', c, printable)
}

const TEMPLATES: Record<string, string[]> = {
  maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
  long: [
    'CvcvnoCvcvCvcv',
    'CvcvCvcvnoCvcv',
    'CvcvCvcvCvcvno',
    'CvccnoCvcvCvcv',
    'CvccCvcvnoCvcv',
    'CvccCvcvCvcvno',
    'CvcvnoCvccCvcv',
    'CvcvCvccnoCvcv',
    'CvcvCvccCvcvno',
    'CvcvnoCvcvCvcc',
    'CvcvCvcvnoCvcc',
    'CvcvCvcvCvccno',
    'CvccnoCvccCvcv',
    'CvccCvccnoCvcv',
    'CvccCvccCvcvno',
    'CvcvnoCvccCvcc',
    'CvcvCvccnoCvcc',
    'CvcvCvccCvccno',
    'CvccnoCvcvCvcc',
    'CvccCvcvnoCvcc',
    'CvccCvcvCvccno',
  ],
  medium: ['CvcnoCvc', 'CvcCvcno'],
  short: ['Cvcn'],
  basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
  pin: ['nnnn'],
}

const CHARS: Record<string, string> = {
  V: 'AEIOU',
  C: 'BCDFGHJKLMNPQRSTVWXYZ',
  v: 'aeiou',
  c: 'bcdfghjklmnpqrstvwxyz',
  A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
  a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
  n: '0123456789',
  o: "@&%?,=[]_:-+*$#!'^~;()/.",
  x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n >>> 0)
  return b
}

/** Master Password (lyndir) derivation: scrypt(N=32768, r=8, p=2) then HMAC-SHA256. */
export function derivePassword(
  counter: GoValue,
  passwordType: GoValue,
  password: GoValue,
  user: GoValue,
  site: GoValue,
): string {
  const templates = TEMPLATES[str(passwordType)]
  if (!templates) return `cannot find password template ${str(passwordType)}`
  const seed = Buffer.from('com.lyndir.masterpassword', 'utf8')
  const u = Buffer.from(str(user), 'utf8')
  const s = Buffer.from(str(site), 'utf8')
  const salt = Buffer.concat([seed, u32(u.length), u])
  costlyCall()
  const key = scryptSync(Buffer.from(str(password), 'utf8'), salt, 64, {
    N: 32768,
    r: 8,
    p: 2,
    maxmem: 256 * 1024 * 1024,
  })
  const msg = Buffer.concat([seed, u32(s.length), s, u32(intNum(counter))])
  const hmac = createHmac('sha256', key).update(msg).digest()
  const temp = templates[hmac[0] % templates.length]
  let out = ''
  for (let i = 0; i < temp.length; i++) {
    const chars = CHARS[temp[i]]
    out += chars[hmac[i + 1] % chars.length]
  }
  return out
}

function aesKey(password: string): Buffer {
  const key = Buffer.alloc(32)
  Buffer.from(password, 'utf8').copy(key, 0, 0, 32)
  return key
}

/** AES-256-CBC, PKCS#7 padding, random IV prepended, base64. */
export function encryptAES(password: GoValue, plaintext: GoValue): string {
  const text = str(plaintext)
  if (text === '') return ''
  const iv = randomBytes(16)
  const c = createCipheriv('aes-256-cbc', aesKey(str(password)), iv)
  return Buffer.concat([iv, c.update(Buffer.from(text, 'utf8')), c.final()]).toString('base64')
}

export function decryptAES(password: GoValue, crypt64: GoValue): string {
  const text = str(crypt64)
  if (text === '') return ''
  let crypt: Buffer
  try {
    crypt = base64DecodeStrict(Buffer.from(text, 'utf8'))
  } catch (e) {
    return goError((e as Error).message)
  }
  if (crypt.length < 16)
    goPanic(`runtime error: slice bounds out of range [:16] with capacity ${crypt.length}`)
  const body = crypt.subarray(16)
  if (body.length % 16 !== 0) goPanic('crypto/cipher: input not full blocks')
  const d = createDecipheriv('aes-256-cbc', aesKey(str(password)), crypt.subarray(0, 16))
  d.setAutoPadding(false)
  const dec = Buffer.concat([d.update(body), d.final()])
  if (dec.length === 0) goPanic('runtime error: index out of range [-1]')
  const pad = dec[dec.length - 1]
  if (pad > dec.length) goPanic(`runtime error: slice bounds out of range [:${dec.length - pad}]`)
  return dec.subarray(0, dec.length - pad).toString('utf8')
}
