import { parser } from '@prometheus-io/lezer-promql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

const ROOT = join(__dirname, '..', '..');
export const ALERTS_FILE = join(ROOT, 'deploy/prometheus/alerts.yml');
export const DASHBOARD_FILE = join(ROOT, 'deploy/grafana/waardenpoort.json');

/** Grafana's interval variables stand where PromQL wants a duration. */
const GRAFANA_DURATIONS = /\$(?:__rate_interval|__interval|__range)\b|\$\{(?:__rate_interval|__interval|__range)\}/g;

/**
 * The metric names a PromQL expression reads: every vector selector's name (`foo{...}`, and `{__name__="foo"}`),
 * parsed with Prometheus's own grammar (@prometheus-io/lezer-promql), so function names, keywords, label names and
 * strings are never taken for metrics. An expression the grammar does not accept is an error.
 */
export function metricNames(expr: string): string[] {
  const text = expr.replace(GRAFANA_DURATIONS, '5m');
  const tree = parser.parse(text);
  const names = new Set<string>();
  const errors: number[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) errors.push(node.from);
      if (node.name === 'VectorSelector') {
        const id = node.node.getChild('Identifier');
        if (id) names.add(text.slice(id.from, id.to));
      }
      if (node.name === 'UnquotedLabelMatcher' || node.name === 'QuotedLabelMatcher') {
        const label = node.node.getChild('LabelName') ?? node.node.getChild('QuotedLabelName');
        const op = node.node.getChild('MatchOp');
        const value = node.node.getChild('StringLiteral');
        if (
          label &&
          value &&
          op?.firstChild?.name === 'EqlSingle' &&
          text.slice(label.from, label.to).replace(/"/g, '') === '__name__'
        ) {
          // A metric name has no characters a string would escape: the literal without its quotes.
          names.add(text.slice(value.from + 1, value.to - 1));
        }
      }
      // Prometheus 3's quoted name in the braces: {"foo", job="x"}.
      if (node.name === 'QuotedLabelName' && node.node.parent?.name === 'LabelMatchers') {
        names.add(text.slice(node.from + 1, node.to - 1));
      }
    },
  });
  if (errors.length > 0) throw new Error(`not PromQL at ${errors.join(', ')}: ${expr}`);
  return [...names];
}

interface RuleFile {
  groups: Array<{ name: string; rules: Array<{ alert?: string; record?: string; expr: string }> }>;
}

export function readRules(file = ALERTS_FILE): RuleFile {
  return parseYaml(readFileSync(file, 'utf8')) as RuleFile;
}

interface Panel {
  title?: string;
  type: string;
  panels?: Panel[];
  targets?: Array<{ expr?: string }>;
}

/** Every query of the dashboard, with the title of its panel (panels in collapsed rows included). */
export function dashboardQueries(file = DASHBOARD_FILE): Array<{ panel: string; expr: string }> {
  const dashboard = JSON.parse(readFileSync(file, 'utf8')) as { panels: Panel[] };
  const out: Array<{ panel: string; expr: string }> = [];
  const walk = (panels: Panel[]): void => {
    for (const p of panels) {
      for (const t of p.targets ?? []) if (t.expr) out.push({ panel: p.title ?? p.type, expr: t.expr });
      walk(p.panels ?? []);
    }
  };
  walk(dashboard.panels);
  return out;
}

/** The sample names in a Prometheus text exposition (a histogram's `_bucket`, `_sum` and `_count` each). */
export function exposedNames(exposition: string): Set<string> {
  const names = new Set<string>();
  for (const line of exposition.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]/.exec(line);
    if (m?.[1]) names.add(m[1]);
  }
  return names;
}
