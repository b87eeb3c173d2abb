// Issue 16, parts 1 and 4 to 7: crashes, outputs, odd encodings, the runner (see suite.ts).
import { hostileSuite } from './suite.js'

hostileSuite('hostile repositories: no crash, nothing skipped', (c) => c.part !== 2 && c.part !== 3)
