// Points os.tmpdir() of this test worker at the run's temporary folder (see temp-root.ts).
import { inject } from 'vitest'

process.env.TMPDIR = inject('tempRoot')
