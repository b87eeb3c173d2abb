/**
 * Work budgets for untrusted input. A chart or a kustomization from a pull request can ask
 * for unbounded work in a few lines (a template loop of 10^8 steps, `toYaml` of a shared
 * subtree 2^40 nodes wide, `randAlphaNum 200000000`); helm simply runs until it is done or
 * killed, and one such input must not stop the scan of everything else.
 *
 * A budget is opened around the work for one input (`withBudget`). The code doing the work
 * charges it as it goes (`work()`: a template node walked, a function called, a node encoded,
 * an archive entry read) and checks a size before it allocates (`checkSize()`). Every few
 * thousand units the budget compares the clock and the heap with its limits; past one it
 * throws BudgetExceeded, and keeps throwing it on every later charge, so code that catches
 * errors to turn them into values (fromYaml) cannot swallow it. Work done outside any budget
 * is not limited. Synchronous code only: the budget is the innermost one opened.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** The limits of one budget. */
export interface BudgetLimits {
  /** Wall time, in ms. */
  timeMs: number
  /** Growth of the V8 heap over what it was when the budget opened, in bytes. */
  heapBytes: number
  /** Characters one function call may produce (a string or the bytes of a []byte). */
  valueChars: number
  /** Elements one function call may produce (a list, a dict's keys). */
  listItems: number
  /** Keys one budget may generate (genPrivateKey, genCA, …; each takes up to a second). */
  keyGenerations: number
}

/**
 * The defaults, and why:
 * - 60 s: what the README promised for a chart since the first release; the slowest chart of
 *   the corpus (bitnami with every subchart) renders in under 3 s.
 * - 1 GiB of heap growth: 20 times what the largest corpus chart needs; on a 7 GB GitHub runner
 *   it leaves room for the rest of the scan.
 * - 16 Mi characters and 1 Mi elements per call: a Kubernetes object is at most 1.5 MiB in etcd,
 *   so no real chart builds a value near these; they stop `randAlphaNum 200000000` or
 *   `seq 1 100000000` before the allocation rather than after it.
 * - 100 keys: real charts generate a handful (a CA and a few certificates).
 */
export const DEFAULT_BUDGET: BudgetLimits = {
  timeMs: 60_000,
  heapBytes: 1024 * 1024 * 1024,
  valueChars: 16 * 1024 * 1024,
  listItems: 1024 * 1024,
  keyGenerations: 100,
}

/** The budgets of a scan (the config's `limits:`). */
export interface ScanLimits {
  /** Each chart rendering and kustomize build. */
  budget?: Partial<BudgetLimits>
  /** Findings one scan keeps (default DEFAULT_FINDINGS). */
  findings?: number
}

/**
 * Findings one scan keeps: a finding is about 2 KB in memory and in the JSON report, so
 * 100,000 stay near 200 MB; a repository with more has one problem repeated, and the notice
 * says how many more there are.
 */
export const DEFAULT_FINDINGS = 100_000

/** Thrown when a budget runs out; the message says which limit and what it is ("it took longer than …"). */
export class BudgetExceeded extends Error {}

/** How many units of work pass between two looks at the clock and the heap. */
const CHECK_EVERY = 4096

export class Budget {
  readonly limits: BudgetLimits
  private readonly deadline: number
  private readonly heapCeiling: number
  private units = 0
  private nextCheck = CHECK_EVERY
  private keys = 0
  /** Set once the budget ran out; every later charge throws it again. */
  exceeded: BudgetExceeded | undefined

  constructor(
    limits: Partial<BudgetLimits> = {},
    /** The enclosing budget: this one never outlives it. */
    parent?: Budget,
  ) {
    this.limits = { ...DEFAULT_BUDGET, ...limits }
    const now = Date.now()
    this.deadline = Math.min(now + this.limits.timeMs, parent?.deadline ?? Infinity)
    // Never so close to V8's own limit that the process dies before the budget says so.
    this.heapCeiling = Math.min(
      heapUsed() + this.limits.heapBytes,
      getHeapStatistics().heap_size_limit * 0.85,
      parent?.heapCeiling ?? Infinity,
    )
  }

  /** Charges `units` of work; throws BudgetExceeded when a limit is passed. */
  work(units: number): void {
    if (this.exceeded) throw this.exceeded
    this.units += units
    if (this.units >= this.nextCheck) this.check()
  }

  /** Looks at the clock and the heap now. */
  check(): void {
    if (this.exceeded) throw this.exceeded
    this.nextCheck = this.units + CHECK_EVERY
    if (Date.now() > this.deadline) {
      this.fail(`it took longer than the budget of ${formatMs(this.limits.timeMs)}`)
    }
    // Garbage counts in the heap until V8 collects it: a loop that makes and drops big lists
    // passes the ceiling with little alive. Only what survives a full collection counts.
    if (heapUsed() > this.heapCeiling && (collectGarbage(), heapUsed() > this.heapCeiling)) {
      this.fail(`it needed more than the budget of ${formatBytes(this.limits.heapBytes)} of memory`)
    }
  }

  /** Stops the work with `reason` (the budget stays exceeded). */
  fail(reason: string): never {
    this.exceeded ??= new BudgetExceeded(reason)
    throw this.exceeded
  }

  /** Counts one key generation. */
  keyGeneration(): void {
    this.check()
    if (++this.keys > this.limits.keyGenerations) {
      this.fail(`it generated more than the budget of ${this.limits.keyGenerations} keys`)
    }
  }
}

let gc: (() => void) | undefined

/**
 * A full garbage collection, through V8's `gc` (exposed on first use: the flag can be set at
 * run time and the function taken from a new context). Takes a fraction of a second, and runs
 * only when a budget's memory ceiling is passed.
 */
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}

/**
 * V8's heap and the memory of its external strings and buffers (Node makes big strings
 * external): process.memoryUsage()'s heapUsed + external, without the resident-size system
 * call it also makes (a third of the time; budgets ask thousands of times a scan).
 */
function heapUsed(): number {
  const h = getHeapStatistics()
  return h.used_heap_size + h.external_memory
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`
}

const stack: Budget[] = []

/** The innermost open budget, if any. */
export function activeBudget(): Budget | undefined {
  return stack[stack.length - 1]
}

/** Runs `fn` under a new budget (nested in the open one, if any). */
export function withBudget<T>(limits: Partial<BudgetLimits> | undefined, fn: (b: Budget) => T): T {
  const b = new Budget(limits, activeBudget())
  stack.push(b)
  try {
    return fn(b)
  } finally {
    stack.pop()
  }
}

/** Charges the open budget (no-op outside one). */
export function work(units = 1): void {
  const b = stack[stack.length - 1]
  if (b !== undefined) b.work(units)
}

/**
 * Before making a value of `size` characters or elements: throws ValueTooLarge when one call
 * may not make it. `what` names the call (`randAlphaNum`), for the message. An ordinary error
 * of that call (the template fails, as on any function error), not the end of the budget.
 */
export function checkSize(what: string, size: number, kind: 'chars' | 'items'): void {
  const limits = activeBudget()?.limits ?? DEFAULT_BUDGET
  const limit = kind === 'chars' ? limits.valueChars : limits.listItems
  if (size <= limit) return
  throw new ValueTooLarge(
    `${what} would make ${kind === 'chars' ? 'a value of' : 'a list of'} ${size} ${kind === 'chars' ? 'characters' : 'elements'}, over kube-whoami's limit of ${limit} for one call`,
  )
}

/** A value larger than one call may make (see checkSize). */
export class ValueTooLarge extends Error {}

/**
 * Before a call that takes milliseconds however small its arguments (bcrypt, scrypt): looks
 * at the clock and the heap now. Such a call charges one unit of work, so a loop of them
 * would otherwise run thousands of calls (minutes) between two looks at the clock.
 */
export function costlyCall(): void {
  activeBudget()?.check()
}

/** Counts a key generation against the open budget (no-op outside one). */
export function keyGeneration(): void {
  activeBudget()?.keyGeneration()
}
