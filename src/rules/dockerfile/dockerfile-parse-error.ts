import type { InputRule } from '../types.js'

/** Reported by the scanner from DockerfileModel.problems while reading each Dockerfile. */
const rule: InputRule = {
  id: 'dockerfile-parse-error',
  scope: 'input',
  meta: {
    title: 'Dockerfile cannot be parsed the way BuildKit reads it',
    description:
      'The Dockerfile has an instruction BuildKit rejects: an unknown instruction, a FROM with the wrong number of arguments, an instruction before the first FROM, an invalid stage name, an unterminated here-document or quote, a bad escape directive. `docker build` fails on it, and what the scanner says about the image may be incomplete.',
    severity: 'error',
    securitySeverity: 2.0,
    tags: ['correctness', 'dockerfile'],
    precision: 'very-high',
    remediation:
      'Fix the instruction at the reported line; `docker build --check` shows the same error.',
  },
}
export default rule
