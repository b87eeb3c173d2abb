/**
 * Where the template functions get their randomness (randAlphaNum, randInt, uuidv4, shuffle,
 * bcrypt salts, AES IVs, certificate serials). Helm draws from crypto/rand, and
 * `kube-whoami render` does too. A scan renders from a fixed seed instead: the same commit
 * then renders the same names (`{{ randAlphaNum 5 }}` in a helm-test pod's name), so two scans
 * print the same report.
 */
import { createHash, randomBytes as cryptoBytes } from 'node:crypto'

interface RandomSource {
  bytes(n: number): Buffer
}

const system: RandomSource = { bytes: (n) => cryptoBytes(n) }

/** SHA-256 in counter mode over the seed: a stream that depends only on the seed. */
class SeededSource implements RandomSource {
  private counter = 0
  private pool = Buffer.alloc(0)

  constructor(private readonly seed: string) {}

  bytes(n: number): Buffer {
    while (this.pool.length < n) {
      const block = createHash('sha256').update(`${this.seed}\u0000${this.counter++}`).digest()
      this.pool = Buffer.concat([this.pool, block])
    }
    const out = this.pool.subarray(0, n)
    this.pool = this.pool.subarray(n)
    return Buffer.from(out)
  }
}

let current: RandomSource = system

/** Runs `fn` with randomness drawn from `seed` (undefined: the system's randomness). */
export function withRandomSeed<T>(seed: string | undefined, fn: () => T): T {
  if (seed === undefined) return fn()
  const saved = current
  current = new SeededSource(seed)
  try {
    return fn()
  } finally {
    current = saved
  }
}

export function randomBytes(n: number): Buffer {
  return current.bytes(n)
}

/** A uniform integer in [0, max), max ≤ 2^48 (rejection sampling, no modulo bias). */
export function randomInt(max: number): number {
  if (!(max > 0) || max > 2 ** 48) throw new RangeError(`randomInt: bad range ${max}`)
  const limit = Math.floor(2 ** 48 / max) * max
  for (;;) {
    const v = current.bytes(6).readUIntBE(0, 6)
    if (v < limit) return v % max
  }
}

/** A uniform float in [0, 1) with 53 random bits. */
export function randomFloat(): number {
  const b = current.bytes(7)
  const hi = b.readUIntBE(0, 7) / 8 // 53 bits of the 56 read
  return Math.floor(hi) / 2 ** 53
}

/** A version 4 UUID (RFC 4122), as Go's google/uuid writes it. */
export function randomUUID(): string {
  const b = current.bytes(16)
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
