/**
 * Non-deterministic functions: shape checks (PEM that node:crypto parses, chains that
 * verify, lengths, alphabets), and cross-checks against helm's own output: the same
 * certificate structure field by field, helm's ciphertexts and keys readable here.
 */
import { execFileSync } from 'node:child_process'
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bcryptjs from 'bcryptjs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GoStruct, GoTime } from '../../../src/template/value.js'
import type { GoValue } from '../../../src/template/value.js'
import { callChecked, sprigFuncs } from '../../../src/helm/funcs/index.js'
import { children, readDer } from '../../../src/helm/funcs/crypto/der.js'
import type { DerNode } from '../../../src/helm/funcs/crypto/der.js'
import { parsePrivateKeyPem, pemDecode } from '../../../src/helm/funcs/crypto/keys.js'
import { setCertificateKeyReuse } from '../../../src/helm/funcs/crypto/sprig-crypto.js'
import { describeHelm } from '../../helpers/helm.js'

const F = sprigFuncs()
const call = (name: string, ...args: GoValue[]) => callChecked(F[name], args)
const cert = (v: GoValue) => {
  expect(v).toBeInstanceOf(GoStruct)
  const s = v as GoStruct
  expect(s.typeName).toBe('sprig.certificate')
  return { Cert: s.fields.Cert as string, Key: s.fields.Key as string }
}

/** Tag/OID skeleton of a DER tree with keys, serials, times and signatures masked. */
function skeleton(buf: Buffer, node: DerNode = readDer(buf)): unknown {
  const t = node.tag
  if (t === 0x30 || t === 0x31 || (t & 0xe0) === 0xa0) {
    return [t.toString(16), ...children(node, buf).map((c) => skeleton(buf, c))]
  }
  switch (t) {
    case 0x06:
      return 'oid:' + node.content.toString('hex')
    case 0x01:
      return 'bool:' + node.content.toString('hex')
    case 0x02:
      return node.content.length <= 1 ? 'int:' + node.content.toString('hex') : 'int'
    case 0x03:
      return node.content.length <= 3 ? 'bits:' + node.content.toString('hex') : 'bits'
    case 0x04: {
      try {
        const inner = readDer(node.content)
        if (inner.end === node.content.length && inner.tag === 0x30)
          return ['octets', skeleton(node.content, inner)]
      } catch {
        // Not DER inside: a key id.
      }
      return 'octets'
    }
    case 0x13:
    case 0x0c:
    case 0x16:
      return `str${t}:` + node.content.toString('utf8')
    case 0x17:
    case 0x18:
      return 'time' + t
    default:
      return 'tag' + t.toString(16)
  }
}

const der = (pem: string) => pemDecode(pem)!.bytes

describe('certificates', () => {
  it('genCA makes a self-signed 2048-bit RSA CA valid for the given days', () => {
    const ca = cert(call('genCA', 'my-ca', 365n))
    const x = new X509Certificate(ca.Cert)
    expect(x.ca).toBe(true)
    expect(x.subject).toBe('CN=my-ca')
    expect(x.issuer).toBe('CN=my-ca')
    expect(x.verify(x.publicKey)).toBe(true)
    const days = (Date.parse(x.validTo) - Date.parse(x.validFrom)) / 86_400_000
    expect(Math.round(days)).toBe(365)
    expect(x.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'])
    expect(ca.Key.startsWith('-----BEGIN RSA PRIVATE KEY-----\n')).toBe(true)
    const key = createPrivateKey(ca.Key)
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048)
    expect(x.checkPrivateKey(key)).toBe(true)
    expect(BigInt('0x' + x.serialNumber) < 1n << 128n).toBe(true)
  })

  it('in scans (key reuse), one 1024-bit RSA key serves every call and certificates still verify', () => {
    setCertificateKeyReuse(true)
    try {
      const a = cert(call('genCA', 'a', 1n))
      const b = cert(call('genSelfSignedCert', 'b', null, null, 1n))
      expect(createPrivateKey(a.Key).asymmetricKeyDetails?.modulusLength).toBe(1024)
      expect(b.Key).toBe(a.Key)
      const x = new X509Certificate(a.Cert)
      expect(x.verify(x.publicKey)).toBe(true)
      const pem = call('genPrivateKey', 'rsa') as string
      expect(createPrivateKey(pem).asymmetricKeyDetails?.modulusLength).toBe(1024)
      expect(call('genPrivateKey', 'rsa')).toBe(pem)
    } finally {
      setCertificateKeyReuse(false)
    }
    // Without it (render), keys are helm's sizes.
    const pem = call('genPrivateKey', 'rsa') as string
    expect(createPrivateKey(pem).asymmetricKeyDetails?.modulusLength).toBe(4096)
  })

  it('genSignedCert is issued by the CA with DNS and IP SANs', () => {
    const ca = cert(call('genCA', 'ca', 10n))
    const leaf = cert(
      call(
        'genSignedCert',
        'svc',
        ['10.0.0.1', '::1'],
        ['svc.ns.svc', 'svc'],
        30n,
        call('genCA', 'x', 1n),
      ),
    )
    void leaf
    const signed = cert(
      call(
        'genSignedCert',
        'svc',
        ['10.0.0.1', '::1'],
        ['svc.ns.svc', 'svc'],
        30n,
        new GoStruct('sprig.certificate', ca),
      ),
    )
    const x = new X509Certificate(signed.Cert)
    const caX = new X509Certificate(ca.Cert)
    expect(x.checkIssued(caX)).toBe(true)
    expect(x.verify(caX.publicKey)).toBe(true)
    expect(x.ca).toBe(false)
    expect(x.subjectAltName).toBe(
      'DNS:svc.ns.svc, DNS:svc, IP Address:10.0.0.1, IP Address:0:0:0:0:0:0:0:1',
    )
    expect(x.checkPrivateKey(createPrivateKey(signed.Key))).toBe(true)
  })

  it('genSelfSignedCert and the WithKey variants accept ECDSA and Ed25519 keys', () => {
    const self = cert(call('genSelfSignedCert', 'host', null, ['a.example'], 5n))
    const x = new X509Certificate(self.Cert)
    expect(x.verify(x.publicKey)).toBe(true)
    expect(x.subjectAltName).toBe('DNS:a.example')
    for (const typ of ['ecdsa', 'ed25519']) {
      const key = call('genPrivateKey', typ) as string
      const ca = cert(call('genCAWithKey', 'k-ca', 3n, key))
      const caX = new X509Certificate(ca.Cert)
      expect(caX.verify(caX.publicKey)).toBe(true)
      expect(ca.Key).toBe(key)
      const leaf = cert(
        call(
          'genSignedCertWithKey',
          'leaf',
          null,
          null,
          3n,
          new GoStruct('sprig.certificate', ca),
          key,
        ),
      )
      expect(new X509Certificate(leaf.Cert).verify(caX.publicKey)).toBe(true)
      const selfK = cert(call('genSelfSignedCertWithKey', 'me', ['127.0.0.1'], null, 3n, key))
      expect(new X509Certificate(selfK.Cert).subjectAltName).toBe('IP Address:127.0.0.1')
    }
  })

  it('buildCustomCert returns the decoded PEM texts', () => {
    const ca = cert(call('genCA', 'c', 1n))
    const b64 = (s: string) => Buffer.from(s).toString('base64')
    expect(cert(call('buildCustomCert', b64(ca.Cert), b64(ca.Key)))).toEqual(ca)
  })

  it('genPrivateKey writes the PEM block types Go writes', () => {
    const pems: Record<string, string> = {
      ecdsa: 'EC PRIVATE KEY',
      ed25519: 'PRIVATE KEY',
      dsa: 'DSA PRIVATE KEY',
      rsa: 'RSA PRIVATE KEY',
    }
    for (const [typ, block] of Object.entries(pems)) {
      const pem = call('genPrivateKey', typ) as string
      expect(pem.startsWith(`-----BEGIN ${block}-----\n`)).toBe(true)
      expect(pem.endsWith(`-----END ${block}-----\n`)).toBe(true)
      expect(pem.split('\n').every((l) => l.length <= 64)).toBe(true)
      expect(parsePrivateKeyPem(pem).kind).toBe(typ === 'ecdsa' ? 'ec' : typ)
    }
    expect(call('genPrivateKey', 'x')).toBe('Unknown type x')
  }, 60_000)
})

describe('random and hashing shapes', () => {
  it('rand* functions honour length and alphabet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
        const N = BigInt(n)
        expect(call('randAlphaNum', N)).toMatch(new RegExp(`^[A-Za-z0-9]{${n}}$`))
        expect(call('randAlpha', N)).toMatch(new RegExp(`^[A-Za-z]{${n}}$`))
        expect(call('randNumeric', N)).toMatch(new RegExp(`^[0-9]{${n}}$`))
        expect(call('randAscii', N)).toMatch(new RegExp(`^[ -~]{${n}}$`))
        expect(Buffer.from(call('randBytes', N) as string, 'base64')).toHaveLength(n)
      }),
      { numRuns: 50 },
    )
  })

  it('uuidv4 is a version 4 UUID', () => {
    expect(call('uuidv4')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it('bcrypt and htpasswd produce verifiable $2a$10$ hashes', () => {
    const h = call('bcrypt', 'pässword') as string
    expect(h).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/)
    expect(bcryptjs.compareSync('pässword', h)).toBe(true)
    const line = call('htpasswd', 'admin', 'secret') as string
    const [user, hash] = line.split(':')
    expect(user).toBe('admin')
    expect(bcryptjs.compareSync('secret', hash)).toBe(true)
  })

  it('encryptAES and decryptAES round-trip', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (pw, text) => {
        const enc = call('encryptAES', pw, text) as string
        expect(call('decryptAES', pw, enc)).toBe(text)
      }),
      { numRuns: 100 },
    )
  })

  it('shuffle permutes the runes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        const out = call('shuffle', s) as string
        expect([...out].sort()).toEqual([...s].sort())
      }),
    )
  })

  it('now is the current time and date formats it', () => {
    const t = call('now') as GoTime
    expect(t).toBeInstanceOf(GoTime)
    expect(Math.abs(t.epochMillis - Date.now())).toBeLessThan(5000)
    expect(call('date', '2006', t)).toBe(String(new Date().getUTCFullYear()))
    expect(call('ago', t)).toMatch(/^\d+s$/)
  })
})

function helmRender(helm: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-crypto-'))
  try {
    mkdirSync(join(dir, 'templates'))
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n')
    writeFileSync(join(dir, 'templates', 'a.yaml'), text)
    try {
      return execFileSync(helm, ['template', 'r', dir, '--debug'], {
        stdio: 'pipe',
        maxBuffer: 64 << 20,
      }).toString()
    } catch (e) {
      return String((e as { stdout?: Buffer }).stdout ?? '')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describeHelm('crypto functions against helm v4.1.4 output', (helm) => {
  const out = helmRender(
    helm,
    [
      '{{- $ca := genCA "my-ca" 365 }}',
      '@@ca@@{{ $ca.Cert }}@@',
      '@@cakey@@{{ $ca.Key }}@@',
      '@@leaf@@{{ (genSignedCert "svc" (list "10.0.0.1" "::1") (list "svc.ns.svc" "svc") 30 $ca).Cert }}@@',
      '@@self@@{{ (genSelfSignedCert "host" nil (list "a.example") 5).Cert }}@@',
      '@@selfnocn@@{{ (genSelfSignedCert "" nil (list "a.example") 5).Cert }}@@',
      '@@aes@@{{ encryptAES "pw" "hello helm" }}@@',
      '@@htpasswd@@{{ htpasswd "admin" "secret" }}@@',
      '@@dsa@@{{ genPrivateKey "dsa" }}@@',
      '@@ec@@{{ genPrivateKey "ecdsa" }}@@',
      '@@ed@@{{ genPrivateKey "ed25519" }}@@',
      '@@alnum@@{{ randAlphaNum 24 }}@@',
      '@@uuid@@{{ uuidv4 }}@@',
    ].join('\n'),
  )
  const part = (k: string) => new RegExp(`@@${k}@@([\\s\\S]*?)@@`).exec(out)?.[1] ?? ''

  it("certificates have the same structure as helm's, field by field", () => {
    const ca = cert(call('genCA', 'my-ca', 365n))
    expect(skeleton(der(ca.Cert))).toEqual(skeleton(der(part('ca'))))
    const leaf = cert(
      call(
        'genSignedCert',
        'svc',
        ['10.0.0.1', '::1'],
        ['svc.ns.svc', 'svc'],
        30n,
        new GoStruct('sprig.certificate', ca),
      ),
    )
    expect(skeleton(der(leaf.Cert))).toEqual(skeleton(der(part('leaf'))))
    const self = cert(call('genSelfSignedCert', 'host', null, ['a.example'], 5n))
    expect(skeleton(der(self.Cert))).toEqual(skeleton(der(part('self'))))
    const noCn = cert(call('genSelfSignedCert', '', null, ['a.example'], 5n))
    expect(skeleton(der(noCn.Cert))).toEqual(skeleton(der(part('selfnocn'))))
    expect(part('cakey').startsWith('-----BEGIN RSA PRIVATE KEY-----')).toBe(true)
  })

  it('reads what helm generates', () => {
    expect(call('decryptAES', 'pw', part('aes'))).toBe('hello helm')
    const [user, hash] = part('htpasswd').split(':')
    expect(user).toBe('admin')
    expect(bcryptjs.compareSync('secret', hash)).toBe(true)
    expect(parsePrivateKeyPem(part('dsa')).kind).toBe('dsa')
    expect(parsePrivateKeyPem(part('ec')).kind).toBe('ec')
    expect(parsePrivateKeyPem(part('ed')).kind).toBe('ed25519')
    const b64 = (s: string) => Buffer.from(s).toString('base64')
    expect(cert(call('buildCustomCert', b64(part('ca')), b64(part('cakey')))).Cert).toBe(part('ca'))
    const signed = cert(
      call(
        'genSignedCert',
        'x',
        null,
        null,
        1n,
        new GoStruct('sprig.certificate', { Cert: part('ca'), Key: part('cakey') }),
      ),
    )
    expect(new X509Certificate(signed.Cert).checkIssued(new X509Certificate(part('ca')))).toBe(true)
    expect(part('alnum')).toMatch(/^[A-Za-z0-9]{24}$/)
    expect(part('uuid')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })
})
