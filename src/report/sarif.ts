/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule with descriptions,
 * help and security-severity, results with repo-relative URIs, full regions, related
 * locations and content-based partialFingerprints, and the run's automationDetails.
 */
import type * as Sarif from 'sarif'
import type { Finding, Notice } from '../core/finding.js'
import { ruleDocsUrl, TOOL_NAME, TOOL_VERSION, REPOSITORY_URL } from '../core/project.js'
import type { SourceRange } from '../core/range.js'
import type { Rule } from '../rules/types.js'
import { ruleHelpMarkdown, ruleHelpText } from './rule-help.js'

export interface SarifOptions {
  /** Code scanning category (automationDetails.id is `<category>/`). */
  category?: string
  /** Absolute scan root, recorded as %SRCROOT%. */
  root?: string
}

function region(r: SourceRange): Sarif.Region {
  return {
    startLine: r.startLine,
    startColumn: r.startColumn,
    endLine: Math.max(r.endLine, r.startLine),
    endColumn: r.endLine > r.startLine ? r.endColumn : Math.max(r.endColumn, r.startColumn + 1),
  }
}

function physical(r: SourceRange): Sarif.PhysicalLocation {
  return { artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' }, region: region(r) }
}

function descriptor(rule: Rule): Sarif.ReportingDescriptor {
  const tags = [...rule.meta.tags].slice(0, 20)
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.meta.title.slice(0, 1024) },
    fullDescription: { text: rule.meta.description.slice(0, 1024) },
    defaultConfiguration: { level: rule.meta.severity },
    help: { text: ruleHelpText(rule), markdown: ruleHelpMarkdown(rule) },
    helpUri: ruleDocsUrl(rule.id),
    properties: {
      tags,
      precision: rule.meta.precision,
      'security-severity': rule.meta.securitySeverity.toFixed(1),
      ...(rule.meta.pss ? { pss: rule.meta.pss } : {}),
    },
  }
}

function result(f: Finding, ruleIndex: number): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.level,
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.range) }],
    partialFingerprints: {
      'kubeWhoami/v1': f.fingerprint,
      primaryLocationLineHash: `${f.fingerprint}:1`,
    },
  }
  if (f.related.length) {
    out.relatedLocations = f.related.slice(0, 100).map((r, id) => ({
      id,
      physicalLocation: physical(r.range),
      message: { text: r.message },
    }))
  }
  if (f.suppression) {
    out.suppressions = [
      {
        kind: f.suppression.kind,
        ...(f.suppression.justification ? { justification: f.suppression.justification } : {}),
        ...(f.suppression.range
          ? { location: { physicalLocation: physical(f.suppression.range) } }
          : {}),
      },
    ]
  }
  if (f.properties) out.properties = f.properties
  return out
}

function notification(n: Notice): Sarif.Notification {
  return {
    level: n.level,
    message: { text: n.message },
    ...(n.range ? { locations: [{ physicalLocation: physical(n.range) }] } : {}),
  }
}

export function toSarif(
  findings: readonly Finding[],
  rules: readonly Rule[],
  notices: readonly Notice[],
  options: SarifOptions = {},
): Sarif.Log {
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        semanticVersion: TOOL_VERSION,
        informationUri: REPOSITORY_URL,
        rules: rules.map(descriptor),
      },
    },
    automationDetails: { id: `${options.category ?? TOOL_NAME}/` },
    columnKind: 'utf16CodeUnits',
    results: findings
      .filter((f) => index.has(f.ruleId))
      .map((f) => result(f, index.get(f.ruleId)!)),
    invocations: [
      {
        executionSuccessful: !notices.some((n) => n.level === 'error'),
        toolExecutionNotifications: notices.map(notification),
      },
    ],
  }
  if (options.root) {
    run.originalUriBaseIds = { '%SRCROOT%': { uri: pathToFileUri(options.root) } }
  }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }
}

function pathToFileUri(abs: string): string {
  const withSlash = abs.endsWith('/') ? abs : abs + '/'
  return 'file://' + encodeURI(withSlash.startsWith('/') ? withSlash : '/' + withSlash)
}
