// Property tests run with a fixed seed so that CI is repeatable; KW_FC_SEED=random (or
// another number) explores. A failure prints its seed and path for replay.
import fc from 'fast-check'

const env = process.env.KW_FC_SEED
if (env !== 'random') fc.configureGlobal({ seed: env ? Number(env) : 20_261_122 })
