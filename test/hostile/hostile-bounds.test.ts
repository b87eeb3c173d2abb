// Issue 16, parts 2 and 3: budgets, archives, links, regular expressions (see suite.ts).
import { hostileSuite } from './suite.js'

hostileSuite('hostile repositories: bounded time and memory', (c) => c.part === 2 || c.part === 3)
