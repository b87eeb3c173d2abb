/** net.ParseIP: IPv4 dotted decimal (no leading zeros) or IPv6; 4 or 16 bytes, undefined if invalid. */
export function parseIP(s: string): Uint8Array | undefined {
  if (s.includes(':')) return parseIPv6(s)
  return parseIPv4(s)
}

function parseIPv4(s: string): Uint8Array | undefined {
  const parts = s.split('.')
  if (parts.length !== 4) return undefined
  const out = new Uint8Array(4)
  for (let i = 0; i < 4; i++) {
    const p = parts[i]
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return undefined
    const n = Number(p)
    if (n > 255) return undefined
    out[i] = n
  }
  return out
}

function parseIPv6(s: string): Uint8Array | undefined {
  const out = new Uint8Array(16)
  let ellipsis = -1
  let i = 0
  let rest = s
  if (rest.startsWith('::')) {
    ellipsis = 0
    rest = rest.slice(2)
    if (rest === '') return out
  }
  while (i < 16) {
    const m = /^[0-9a-fA-F]{1,4}/.exec(rest)
    if (!m) return undefined
    // An embedded IPv4 address ends the address.
    if (rest.length > m[0].length && rest[m[0].length] === '.') {
      if (ellipsis < 0 && i !== 12) return undefined
      if (i + 4 > 16) return undefined
      const v4 = parseIPv4(rest)
      if (!v4) return undefined
      out.set(v4, i)
      i += 4
      rest = ''
      break
    }
    const n = parseInt(m[0], 16)
    out[i] = n >> 8
    out[i + 1] = n & 0xff
    i += 2
    rest = rest.slice(m[0].length)
    if (rest === '') break
    if (rest[0] !== ':' || rest.length === 1) return undefined
    rest = rest.slice(1)
    if (rest[0] === ':') {
      if (ellipsis >= 0) return undefined
      ellipsis = i
      rest = rest.slice(1)
      if (rest === '') break
    }
  }
  if (rest !== '') return undefined
  if (i < 16) {
    if (ellipsis < 0) return undefined
    const n = 16 - i
    for (let j = i - 1; j >= ellipsis; j--) out[j + n] = out[j]
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) out[j] = 0
  } else if (ellipsis >= 0) return undefined
  return out
}

/** IP.To4(): the 4-byte form of an IPv4 or IPv4-mapped address. */
export function to4(ip: Uint8Array): Uint8Array | undefined {
  if (ip.length === 4) return ip
  if (
    ip.length === 16 &&
    ip.subarray(0, 10).every((b) => b === 0) &&
    ip[10] === 0xff &&
    ip[11] === 0xff
  ) {
    return ip.subarray(12)
  }
  return undefined
}
