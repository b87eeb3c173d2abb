/**
 * Go's fmt (Sprintf, Sprint, Sprintln) over the Go value contract of value.ts.
 *
 * Type names: a bigint prints as `int` (%T, error forms, %#v) because the contract keeps
 * no narrower integer kind; arrays are `[]interface {}`, maps `map[string]interface {}`,
 * Uint8Array `[]uint8`, GoStruct its `typeName`, GoTime `time.Time`.
 * A GoStruct with a `String` (or `Error`) method formats through it for %v %s %q %x %X,
 * as Go's Stringer does. Pointers and funcs print a fixed placeholder address, since
 * Go's would differ per run anyway.
 */
import { GoInt, GoStruct, GoTime, isGoMap } from './value.js'
import { goTypeName, mapType, sliceType } from './gotypes.js'
import type { GoMap, GoValue } from './value.js'
import {
  canBackquote,
  formatFloat,
  isPrint,
  quote,
  quoteRune,
  quoteToASCII,
  runeCount,
} from './strconv.js'
import type { FloatFormat } from './strconv.js'
import { formatGoTime } from './time.js'
import { sortedMapKeys } from './sort.js'

const ldigits = '0123456789abcdefx'
const udigits = '0123456789ABCDEFX'

export { goTypeName }

const MAX_WIDTH = 1e6

class Printer {
  buf = ''
  // fmt flags
  wid = 0
  prec = 0
  widPresent = false
  precPresent = false
  minus = false
  plus = false
  sharp = false
  space = false
  zero = false
  plusV = false
  sharpV = false
  // The argument being printed, for the %!verb(type=value) error form.
  arg: GoValue | undefined = undefined
  erroring = false

  clearFlags(): void {
    this.wid = 0
    this.prec = 0
    this.widPresent = false
    this.precPresent = false
    this.minus = false
    this.plus = false
    this.sharp = false
    this.space = false
    this.zero = false
    this.plusV = false
    this.sharpV = false
  }

  writePadding(n: number): void {
    if (n <= 0) return
    this.buf += (this.zero ? '0' : ' ').repeat(n)
  }

  /** Pads s to the width, counting runes. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s
      return
    }
    const width = this.wid - runeCount(s)
    if (!this.minus) {
      this.writePadding(width)
      this.buf += s
    } else {
      this.buf += s
      this.writePadding(width)
    }
  }

  truncate(s: string): string {
    if (this.precPresent) {
      let n = this.prec
      for (let i = 0; i < s.length; i++) {
        n--
        if (n < 0) return s.slice(0, i)
        const c = s.charCodeAt(i)
        if (c >= 0xd800 && c < 0xdc00) i++
      }
    }
    return s
  }

  fmtS(s: string): void {
    this.pad(this.truncate(s))
  }

  fmtBoolean(b: boolean): void {
    this.pad(b ? 'true' : 'false')
  }

  fmtQ(s: string): void {
    s = this.truncate(s)
    if (this.sharp && canBackquote(s)) {
      this.pad('`' + s + '`')
      return
    }
    this.pad(this.plus ? quoteToASCII(s) : quote(s))
  }

  fmtSbx(bytes: Uint8Array, digits: string): void {
    let length = bytes.length
    if (this.precPresent && this.prec < length) length = this.prec
    let width = 2 * length
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2
        width += length - 1
      } else if (this.sharp) {
        width += 2
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid)
      return
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width)
    let out = ''
    if (this.sharp) out += '0' + digits[16]
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' '
        if (this.sharp) out += '0' + digits[16]
      }
      const c = bytes[i]
      out += digits[c >> 4] + digits[c & 15]
    }
    this.buf += out
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width)
  }

  /** fmt.fmtInteger on a signed 64-bit (or unsigned when !signed) value. */
  fmtInteger(v: bigint, base: number, signed: boolean, verb: string, digits: string): void {
    let u = signed ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v)
    const negative = u < 0n
    if (negative) u = -u
    let prec = 0
    if (this.precPresent) {
      prec = this.prec
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero
        this.zero = false
        this.writePadding(this.wid)
        this.zero = oldZero
        return
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid
      if (negative || this.plus || this.space) prec--
    }
    let s = u.toString(base)
    if (digits === udigits && base === 16) s = s.toUpperCase()
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s
    if (this.sharp) {
      if (base === 2) s = '0b' + s
      else if (base === 8) {
        if (s[0] !== '0') s = '0' + s
      } else if (base === 16) s = '0' + digits[16] + s
    }
    if (verb === 'O') s = '0o' + s
    if (negative) s = '-' + s
    else if (this.plus) s = '+' + s
    else if (this.space) s = ' ' + s
    const oldZero = this.zero
    this.zero = false
    this.pad(s)
    this.zero = oldZero
  }

  fmtUnicode(u: bigint): void {
    const r = BigInt.asUintN(64, u)
    let prec = 4
    if (this.precPresent && this.prec > 4) prec = this.prec
    let s = r.toString(16).toUpperCase()
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s
    s = 'U+' + s
    if (this.sharp && r <= 0x10ffffn && isPrint(Number(r))) {
      s += " '" + String.fromCodePoint(Number(r)) + "'"
    }
    const oldZero = this.zero
    this.zero = false
    this.pad(s)
    this.zero = oldZero
  }

  fmtC(u: bigint): void {
    let r = BigInt.asUintN(64, u)
    if (r > 0x10ffffn || (r >= 0xd800n && r < 0xe000n)) r = 0xfffdn
    this.pad(String.fromCodePoint(Number(r)))
  }

  fmtQc(u: bigint): void {
    let r = BigInt.asUintN(64, u)
    if (r > 0x10ffffn) r = 0xfffdn
    this.pad(quoteRune(Number(r), this.plus))
  }

  fmtFloatRaw(v: number, verb: FloatFormat, prec: number): void {
    if (this.precPresent) prec = this.prec
    let num = formatFloat(v, verb, prec)
    if (num[0] !== '-' && num[0] !== '+') num = '+' + num
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1)
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero
      this.zero = false
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1)
      this.pad(num)
      this.zero = oldZero
      return
    }
    if (this.sharp && verb !== 'b') {
      let digits = 0
      // Go's fmt counts %x (not %X) here, so %#X adds no zeros.
      if (verb === 'g' || verb === 'G' || verb === 'x') {
        digits = prec
        if (digits === -1) digits = 6
      }
      let tail = ''
      let body = num
      let hasDecimalPoint = false
      let sawNonzero = false
      for (let i = 1; i < body.length; i++) {
        const c = body[i]
        if (c === '.') {
          hasDecimalPoint = true
        } else if (c === 'p' || c === 'P') {
          tail = body.slice(i)
          body = body.slice(0, i)
          break
        } else if ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X') {
          tail = body.slice(i)
          body = body.slice(0, i)
          break
        } else {
          if (c !== '0') sawNonzero = true
          if (sawNonzero) digits--
        }
      }
      if (!hasDecimalPoint) {
        if (body.length === 2 && body[1] === '0') digits--
        body += '.'
      }
      if (digits > 0) body += '0'.repeat(digits)
      num = body + tail
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0]
        this.writePadding(this.wid - num.length)
        this.buf += num.slice(1)
        return
      }
      this.pad(num)
      return
    }
    this.pad(num.slice(1))
  }

  badVerb(verb: string): void {
    this.erroring = true
    this.buf += '%!' + verb + '('
    if (this.arg !== undefined && this.arg !== null) {
      this.buf += goTypeName(this.arg) + '='
      this.printArg(this.arg, 'v')
    } else {
      this.buf += '<nil>'
    }
    this.buf += ')'
    this.erroring = false
  }

  fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.fmtBoolean(v)
    else this.badVerb(verb)
  }

  fmtInt(v: bigint, verb: string, signed = true): void {
    switch (verb) {
      case 'v':
        if (this.sharpV && !signed) {
          // Go's fmt0x64(v, true): %#v of an unsigned integer is 0x-prefixed hex.
          const sharp = this.sharp
          this.sharp = true
          this.fmtInteger(v, 16, false, 'v', ldigits)
          this.sharp = sharp
          return
        }
        this.fmtInteger(v, 10, signed, verb, ldigits)
        return
      case 'd':
        this.fmtInteger(v, 10, signed, verb, ldigits)
        return
      case 'b':
        this.fmtInteger(v, 2, signed, verb, ldigits)
        return
      case 'o':
      case 'O':
        this.fmtInteger(v, 8, signed, verb, ldigits)
        return
      case 'x':
        this.fmtInteger(v, 16, signed, verb, ldigits)
        return
      case 'X':
        this.fmtInteger(v, 16, signed, verb, udigits)
        return
      case 'c':
        this.fmtC(v)
        return
      case 'q':
        this.fmtQc(v)
        return
      case 'U':
        this.fmtUnicode(v)
        return
      default:
        this.badVerb(verb)
    }
  }

  fmtFloat(v: number, verb: string): void {
    switch (verb) {
      case 'v':
        this.fmtFloatRaw(v, 'g', -1)
        return
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        this.fmtFloatRaw(v, verb, -1)
        return
      case 'f':
      case 'e':
      case 'E':
        this.fmtFloatRaw(v, verb, 6)
        return
      case 'F':
        this.fmtFloatRaw(v, 'f', 6)
        return
      default:
        this.badVerb(verb)
    }
  }

  fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV) this.fmtQ(v)
        else this.fmtS(v)
        return
      case 's':
        this.fmtS(v)
        return
      case 'x':
        this.fmtSbx(Buffer.from(v, 'utf8'), ldigits)
        return
      case 'X':
        this.fmtSbx(Buffer.from(v, 'utf8'), udigits)
        return
      case 'q':
        this.fmtQ(v)
        return
      default:
        this.badVerb(verb)
    }
  }

  fmtBytes(v: Uint8Array, verb: string, depth: number): void {
    switch (verb) {
      case 'v':
      case 'd':
        if (this.sharpV) {
          this.buf += '[]byte{'
          for (let i = 0; i < v.length; i++) {
            if (i > 0) this.buf += ', '
            this.buf += '0x' + v[i].toString(16)
          }
          this.buf += '}'
        } else {
          this.buf += '['
          for (let i = 0; i < v.length; i++) {
            if (i > 0) this.buf += ' '
            this.fmtInteger(BigInt(v[i]), 10, false, verb, ldigits)
          }
          this.buf += ']'
        }
        return
      case 's':
        this.fmtS(Buffer.from(v).toString('utf8'))
        return
      case 'x':
        this.fmtSbx(v, ldigits)
        return
      case 'X':
        this.fmtSbx(v, udigits)
        return
      case 'q':
        this.fmtQ(Buffer.from(v).toString('utf8'))
        return
      default:
        this.buf += '['
        for (let i = 0; i < v.length; i++) {
          if (i > 0) this.buf += ' '
          this.arg = BigInt(v[i])
          this.fmtInt(BigInt(v[i]), verb, false)
        }
        this.buf += ']'
        void depth
    }
  }

  /** Stringer/error handling; true when the value was printed through a method. */
  handleMethods(v: GoValue, verb: string): boolean {
    if (this.erroring) return false
    if (v instanceof GoTime) {
      if (this.sharpV) return false
      if (verb === 'v' || verb === 's' || verb === 'x' || verb === 'X' || verb === 'q') {
        this.fmtString(formatGoTime(v), verb)
        return true
      }
      return false
    }
    if (v instanceof GoStruct) {
      if (this.sharpV) return false
      const m = v.methods.Error ?? v.methods.String
      if (m && (verb === 'v' || verb === 's' || verb === 'x' || verb === 'X' || verb === 'q')) {
        let s: GoValue
        try {
          s = m()
        } catch (e) {
          this.buf += `%!${verb}(PANIC=${v.methods.Error ? 'Error' : 'String'} method: ${(e as Error).message})`
          return true
        }
        this.fmtString(typeof s === 'string' ? s : formatValue(s), verb)
        return true
      }
    }
    return false
  }

  printArg(arg: GoValue, verb: string): void {
    this.arg = arg
    if (arg === null) {
      if (verb === 'T' || verb === 'v') this.pad('<nil>')
      else this.badVerb(verb)
      return
    }
    if (verb === 'T') {
      this.fmtS(goTypeName(arg))
      return
    }
    if (verb === 'p') {
      this.fmtPointer(arg, verb)
      return
    }
    switch (typeof arg) {
      case 'string':
        this.fmtString(arg, verb)
        return
      case 'number':
        this.fmtFloat(arg, verb)
        return
      case 'bigint':
        this.fmtInt(arg, verb)
        return
      case 'boolean':
        this.fmtBool(arg, verb)
        return
    }
    if (arg instanceof GoInt) {
      this.fmtInt(arg.value, verb, arg.kind[0] !== 'u')
      return
    }
    if (arg instanceof Uint8Array) {
      this.fmtBytes(arg, verb, 0)
      return
    }
    if (!this.handleMethods(arg, verb)) this.printValue(arg, verb, 0)
  }

  fmtPointer(v: GoValue, verb: string): void {
    const isRef =
      typeof v === 'function' ||
      Array.isArray(v) ||
      v instanceof GoStruct ||
      isGoMap(v) ||
      v instanceof Uint8Array
    if (!isRef) {
      this.badVerb(verb)
      return
    }
    switch (verb) {
      case 'v':
        if (this.sharpV) this.buf += '(' + goTypeName(v) + ')(0xc000010000)'
        else this.pad('0xc000010000')
        return
      case 'p':
        this.pad('0xc000010000')
        return
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X':
        this.fmtInteger(
          0xc000010000n,
          verb === 'b' ? 2 : verb === 'o' ? 8 : verb === 'd' ? 10 : 16,
          false,
          verb,
          verb === 'X' ? udigits : ldigits,
        )
        return
      default:
        this.badVerb(verb)
    }
  }

  printValue(v: GoValue, verb: string, depth: number): void {
    if (depth > 0 && v !== null && this.handleMethods(v, verb)) return
    this.arg = v
    if (v === null) {
      // A nil interface element inside a container.
      if (this.sharpV) this.buf += 'interface {}(nil)'
      else this.buf += '<nil>'
      return
    }
    switch (typeof v) {
      case 'string':
        this.fmtString(v, verb)
        return
      case 'number':
        this.fmtFloat(v, verb)
        return
      case 'bigint':
        this.fmtInt(v, verb)
        return
      case 'boolean':
        this.fmtBool(v, verb)
        return
      case 'function':
        this.fmtPointer(v, verb)
        return
    }
    if (v instanceof GoInt) {
      this.fmtInt(v.value, verb, v.kind[0] !== 'u')
      return
    }
    if (v instanceof Uint8Array) {
      this.fmtBytes(v, verb, depth)
      return
    }
    if (Array.isArray(v)) {
      if (this.sharpV) {
        this.buf += sliceType(v) + '{'
        for (let i = 0; i < v.length; i++) {
          if (i > 0) this.buf += ', '
          this.printValue(v[i], verb, depth + 1)
        }
        this.buf += '}'
      } else {
        this.buf += '['
        for (let i = 0; i < v.length; i++) {
          if (i > 0) this.buf += ' '
          this.printValue(v[i], verb, depth + 1)
        }
        this.buf += ']'
      }
      return
    }
    if (v instanceof GoTime) {
      // time.Time without its String method (%d and friends): print its fields' shape.
      this.buf += '{'
      this.fmtInt(BigInt(Math.floor(v.epochMillis / 1000)), verb)
      this.buf += '}'
      return
    }
    if (v instanceof GoStruct) {
      const ptr = v.typeName.startsWith('*')
      if (ptr && depth > 0) {
        this.fmtPointer(v, verb)
        return
      }
      if (ptr) this.buf += '&'
      if (this.sharpV) this.buf += ptr ? v.typeName.slice(1) : v.typeName
      this.buf += '{'
      const names = v.fieldOrder
      for (let i = 0; i < names.length; i++) {
        if (i > 0) this.buf += this.sharpV ? ', ' : ' '
        if (this.plusV || this.sharpV) this.buf += names[i] + ':'
        const f = v.fields[names[i]]
        this.printValue(f === undefined ? null : f, verb, depth + 1)
      }
      this.buf += '}'
      return
    }
    const m = v as GoMap
    this.buf += this.sharpV ? mapType(m) + '{' : 'map['
    const keys = sortedMapKeys(m)
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) this.buf += this.sharpV ? ', ' : ' '
      this.printValue(keys[i], verb, depth + 1)
      this.buf += ':'
      this.printValue(m[keys[i]], verb, depth + 1)
    }
    this.buf += this.sharpV ? '}' : ']'
  }

  doPrintf(format: string, a: GoValue[]): void {
    const end = format.length
    let argNum = 0
    let afterIndex: boolean
    let reordered = false
    let goodArgNum: boolean

    const argNumber = (i: number): [number, boolean] => {
      // Parses an explicit argument index [n] at i; returns the new i and whether found.
      if (i >= end || format[i] !== '[') return [i, false]
      reordered = true
      // parseArgNumber
      let index = 0
      let wid = 1
      let ok = false
      if (end - i >= 3) {
        for (let j = i + 1; j < end; j++) {
          if (format[j] === ']') {
            const [num, isnum, newi] = parsenum(format, i + 1, j)
            if (!isnum || newi !== j) {
              index = 0
              wid = j - i + 1
              ok = false
            } else {
              index = num - 1
              wid = j - i + 1
              ok = true
            }
            break
          }
        }
      }
      if (ok && index >= 0 && index < a.length) {
        argNum = index
        return [i + wid, true]
      }
      goodArgNum = false
      return [i + wid, ok]
    }

    const intFromArg = (): [number, boolean] => {
      let num = 0
      let isInt = false
      if (argNum < a.length) {
        const a0 = a[argNum]
        const v = a0 instanceof GoInt ? a0.value : a0
        if (typeof v === 'bigint') {
          const n = BigInt.asIntN(64, v)
          if (n >= -0x8000000000000000n && n <= 0x7fffffffffffffffn) {
            num = Number(n)
            isInt = true
          }
        }
        argNum++
        if (num > MAX_WIDTH || num < -MAX_WIDTH) {
          num = 0
          isInt = false
        }
      }
      return [num, isInt]
    }

    for (let i = 0; i < end;) {
      goodArgNum = true
      const lasti = i
      while (i < end && format.charCodeAt(i) !== 37) i++
      if (i > lasti) this.buf += format.slice(lasti, i)
      if (i >= end) break
      i++
      this.clearFlags()
      let simpleDone = false
      flags: for (; i < end; i++) {
        const c = format[i]
        switch (c) {
          case '#':
            this.sharp = true
            break
          case '0':
            this.zero = !this.minus
            break
          case '+':
            this.plus = true
            break
          case '-':
            this.minus = true
            this.zero = false
            break
          case ' ':
            this.space = true
            break
          default:
            if (c >= 'a' && c <= 'z' && argNum < a.length) {
              if (c === 'v') {
                this.sharpV = this.sharp
                this.sharp = false
                this.plusV = this.plus
                this.plus = false
              }
              this.printArg(a[argNum], c)
              argNum++
              i++
              simpleDone = true
            }
            break flags
        }
      }
      if (simpleDone) continue

      ;[i, afterIndex] = argNumber(i)

      if (i < end && format[i] === '*') {
        i++
        ;[this.wid, this.widPresent] = intFromArg()
        if (!this.widPresent) this.buf += '%!(BADWIDTH)'
        if (this.wid < 0) {
          this.wid = -this.wid
          this.minus = true
          this.zero = false
        }
        afterIndex = false
      } else {
        const [num, isnum, newi] = parsenum(format, i, end)
        this.wid = num
        this.widPresent = isnum
        i = newi
        if (afterIndex && this.widPresent) goodArgNum = false
      }

      if (i + 1 < end && format[i] === '.') {
        i++
        if (afterIndex) goodArgNum = false
        ;[i, afterIndex] = argNumber(i)
        if (i < end && format[i] === '*') {
          i++
          ;[this.prec, this.precPresent] = intFromArg()
          if (this.prec < 0) {
            this.prec = 0
            this.precPresent = false
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)'
          afterIndex = false
        } else {
          const [num, isnum, newi] = parsenum(format, i, end)
          this.prec = num
          this.precPresent = isnum
          i = newi
          if (!this.precPresent) {
            this.prec = 0
            this.precPresent = true
          }
        }
      }

      if (!afterIndex) i = argNumber(i)[0]

      if (i >= end) {
        this.buf += '%!(NOVERB)'
        break
      }
      const cp = format.codePointAt(i)!
      const verb = String.fromCodePoint(cp)
      i += verb.length

      if (verb === '%') {
        this.buf += '%'
      } else if (!goodArgNum) {
        this.buf += '%!' + verb + '(BADINDEX)'
      } else if (argNum >= a.length) {
        this.buf += '%!' + verb + '(MISSING)'
      } else {
        if (verb === 'v') {
          this.sharpV = this.sharp
          this.sharp = false
          this.plusV = this.plus
          this.plus = false
        }
        if (verb === 'w') {
          // Sprintf does not wrap errors: %w is a bad verb there.
          this.arg = a[argNum]
          this.badVerb(verb)
        } else {
          this.printArg(a[argNum], verb)
        }
        argNum++
      }
    }

    if (!reordered && argNum < a.length) {
      this.clearFlags()
      this.buf += '%!(EXTRA '
      for (let k = argNum; k < a.length; k++) {
        if (k > argNum) this.buf += ', '
        const arg = a[k]
        if (arg === null) {
          this.buf += '<nil>'
        } else {
          this.buf += goTypeName(arg) + '='
          this.printArg(arg, 'v')
        }
      }
      this.buf += ')'
    }
  }
}

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end]
  let num = 0
  let isnum = false
  let i = start
  for (; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) break
    if (num > MAX_WIDTH || num < -MAX_WIDTH) return [0, false, end]
    num = num * 10 + (c - 48)
    isnum = true
  }
  return [num, isnum, i]
}

/** fmt.Sprintf */
export function sprintf(format: string, args: GoValue[]): string {
  const p = new Printer()
  p.doPrintf(format, args)
  return p.buf
}

/** fmt.Sprint: operands separated by a space when neither side is a string. */
export function sprint(args: GoValue[]): string {
  if (args.length === 1) {
    const v = args[0]
    if (typeof v === 'string') return v
  }
  const p = new Printer()
  let prevString = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const isString = typeof arg === 'string'
    if (i > 0 && !isString && !prevString) p.buf += ' '
    p.clearFlags()
    p.printArg(arg, 'v')
    prevString = isString
  }
  return p.buf
}

/** fmt.Sprintln: operands always separated by a space, newline appended. */
export function sprintln(args: GoValue[]): string {
  const p = new Printer()
  for (let i = 0; i < args.length; i++) {
    if (i > 0) p.buf += ' '
    p.clearFlags()
    p.printArg(args[i], 'v')
  }
  return p.buf + '\n'
}

/** %v of one value (fmt.Sprint(v)). */
export function formatValue(v: GoValue): string {
  switch (typeof v) {
    case 'string':
      return v
    case 'number':
      return formatFloat(v, 'g', -1)
    case 'bigint':
      return BigInt.asIntN(64, v).toString()
    case 'boolean':
      return v ? 'true' : 'false'
  }
  if (v === null) return '<nil>'
  if (v instanceof GoInt) return v.value.toString()
  const p = new Printer()
  p.printArg(v, 'v')
  return p.buf
}
