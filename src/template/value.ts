/**
 * Go values as text/template, Sprig and Helm see them, represented in JavaScript.
 *
 * This file is the contract shared by the template engine (src/template), the
 * Sprig and Helm function libraries and the chart renderer (src/helm). Keep it small.
 *
 *   Go                               JavaScript
 *   nil (interface, map, slice)      null
 *   bool                             boolean
 *   float64 (all numbers decoded     number
 *     from YAML/JSON values)
 *   int                              bigint
 *   int64, int32, uint8 ...          GoInt    (bigint plus its Go kind; Sprig's add/sub/mul/
 *                                              max/int64... return int64, and the kind shows in
 *                                              %T, typeOf/kindIs, DeepEqual and Go's argument
 *                                              checks: `trunc (sub 63 5)` fails in helm)
 *   string                           string   (Go strings are UTF-8 bytes: len("é") is 2;
 *                                              functions with byte semantics convert with Buffer)
 *   []T                              GoValue[]
 *   map[string]T                     GoMap    (a plain object; Go iterates and prints keys sorted)
 *   []byte                           Uint8Array
 *   struct / pointer to struct       GoStruct (typed fields and methods, e.g. .Release, .Chart, .Files)
 *   func                             GoFunc
 *   time.Time                        GoTime
 *
 * Values from values.yaml are what Go gets after JSON decoding: every number is a
 * float64 (a JS number), so `{{ .Values.n }}` with n: 1000000 prints 1e+06, while an
 * int literal `{{ 1000000 }}` or Sprig's `add` (int64) is a bigint and prints 1000000.
 */

export type GoValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | GoValue[]
  | GoMap
  | Uint8Array
  | GoStruct
  | GoFunc
  | GoTime
  | GoInt

export interface GoMap {
  [key: string]: GoValue
}

/** A Go function value (what `call` invokes). Throwing an Error is Go's non-nil error result. */
export type GoFunc = (...args: GoValue[]) => GoValue

/**
 * A Go struct (or pointer to struct). Field access `.Name` reads `fields`; a missing
 * field is an execution error ("can't evaluate field X in type T"), unlike maps.
 * Methods are called like functions with the receiver bound: `.Files.Get "a.txt"`.
 */
export class GoStruct {
  constructor(
    /** Go type name as Go prints it in errors and %T, e.g. "*chart.Metadata". */
    readonly typeName: string,
    readonly fields: Record<string, GoValue>,
    readonly methods: Record<string, GoFunc> = {},
    /** Field order for %v printing ({a b c}); defaults to the insertion order of `fields`. */
    readonly fieldOrder: string[] = Object.keys(fields),
  ) {}
}

/** time.Time, kept as epoch milliseconds plus an IANA zone name or fixed offset. */
export class GoTime {
  constructor(
    readonly epochMillis: number,
    /** Offset from UTC in minutes (east positive); 0 for UTC. */
    readonly offsetMinutes = 0,
    readonly zoneName = 'UTC',
    /** Nanoseconds within the millisecond, for formats that print them. */
    readonly extraNanos = 0,
  ) {}
}

export type GoIntKind =
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'uintptr'

/** A Go integer of any kind but `int` (plain bigint is Go int). `value` is already wrapped to the kind's range. */
export class GoInt {
  constructor(
    readonly value: bigint,
    readonly kind: GoIntKind,
  ) {}
}

/** The integer held by a Go int of any kind (bigint or GoInt), else undefined. */
export function goIntValue(v: GoValue | undefined): bigint | undefined {
  if (typeof v === 'bigint') return v
  if (v instanceof GoInt) return v.value
  return undefined
}

export function isGoMap(v: GoValue | undefined): v is GoMap {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Uint8Array) &&
    !(v instanceof GoStruct) &&
    !(v instanceof GoTime) &&
    !(v instanceof GoInt)
  )
}

export function isGoInt(v: GoValue | undefined): v is bigint {
  return typeof v === 'bigint'
}

export function isGoFloat(v: GoValue | undefined): v is number {
  return typeof v === 'number'
}

/**
 * Methods of a named map or slice type: Helm's `.Files` is a map[string][]byte with Get,
 * Glob, AsConfig...; `.Capabilities.APIVersions` a []string with Has. They ride on the
 * object as a non-enumerable symbol property, so the value stays a GoMap / array for
 * indexing, range and printing, while `.Files.Get` finds the method first, as Go does.
 */
export const GO_METHODS: unique symbol = Symbol.for('kube-whoami.go-methods')

export interface GoNamedType {
  /** Go type name, e.g. "engine.files". */
  typeName: string
  methods: Record<string, GoFunc>
}

/** Attaches methods to a map or slice value (mutates and returns it). */
export function attachMethods<T extends GoMap | GoValue[]>(
  v: T,
  typeName: string,
  methods: Record<string, GoFunc>,
): T {
  Object.defineProperty(v, GO_METHODS, { value: { typeName, methods }, enumerable: false })
  return v
}

/** The named type (methods) of a map or slice, if one was attached. */
export function namedTypeOf(v: unknown): GoNamedType | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  return (v as { [GO_METHODS]?: GoNamedType })[GO_METHODS]
}
