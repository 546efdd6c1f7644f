/**
 * The alert rules and the Grafana dashboard that ship in deploy/: promtool accepts the rules and the example
 * configuration, the rules' own unit tests (deploy/prometheus/alerts.test.yml) pass and cover every alert both ways,
 * and every query parses as PromQL. Whether the metrics they name exist is test/alert-metrics.int-spec.ts's question
 * (it scrapes a running API and worker).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ALERTS_FILE, DASHBOARD_FILE, dashboardQueries, metricNames, readRules } from '../support/promql';
import { ensurePromtool } from '../support/promtool';

const PROMETHEUS_DIR = dirname(ALERTS_FILE);
const promtool = ensurePromtool();
const withPromtool = promtool ? describe : describe.skip;

function run(args: string[]): { status: number | null; output: string } {
  const r = spawnSync(promtool ?? 'promtool', args, { cwd: PROMETHEUS_DIR, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

withPromtool('promtool on deploy/prometheus', () => {
  it('accepts the rules and the example configuration', () => {
    const rules = run(['check', 'rules', 'alerts.yml']);
    expect(rules.output).toContain('SUCCESS');
    expect(rules.status).toBe(0);
    // Syntax only: the configuration names the scrape token's file, which exists only where Prometheus runs.
    const config = run(['check', 'config', '--syntax-only', 'prometheus.yml']);
    expect(config.status).toBe(0);
  });

  it("passes the rules' unit tests", () => {
    const tests = run(['test', 'rules', 'alerts.test.yml']);
    expect(tests.output).toContain('SUCCESS');
    expect(tests.status).toBe(0);
  });
});

describe('the rules and their tests', () => {
  const alerts = readRules().groups.flatMap((g) => g.rules.filter((r) => r.alert).map((r) => r.alert as string));
  const tests = (
    parseYaml(readFileSync(join(PROMETHEUS_DIR, 'alerts.test.yml'), 'utf8')) as {
      tests: Array<{ alert_rule_test?: Array<{ alertname: string; exp_alerts?: unknown[] }> }>;
    }
  ).tests.flatMap((t) => t.alert_rule_test ?? []);

  it.each(alerts)('%s has a case where it fires and one where it does not', (alert) => {
    const cases = tests.filter((t) => t.alertname === alert);
    expect(cases.some((c) => (c.exp_alerts ?? []).length > 0)).toBe(true);
    expect(cases.some((c) => (c.exp_alerts ?? []).length === 0)).toBe(true);
  });

  it('has Dutch and English texts and a runbook for every alert', () => {
    for (const rule of readRules().groups.flatMap((g) => g.rules.filter((r) => r.alert))) {
      const annotations = (rule as { annotations?: Record<string, string> }).annotations ?? {};
      expect(Object.keys(annotations).sort()).toEqual(
        ['description', 'description_en', 'runbook', 'summary', 'summary_en'].sort(),
      );
      expect(annotations.runbook).toBe(`docs/operations.md#${(rule.alert as string).toLowerCase()}`);
    }
  });

  it('documents every alert in docs/operations.md under its own heading', () => {
    const doc = readFileSync(join(PROMETHEUS_DIR, '..', '..', 'docs', 'operations.md'), 'utf8');
    for (const alert of alerts) expect(doc).toMatch(new RegExp(`^#+ ${alert}$`, 'm'));
  });
});

describe('the Grafana dashboard', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD_FILE, 'utf8')) as {
    schemaVersion: number;
    templating: { list: Array<{ name: string; type: string }> };
    panels: Array<{ type: string; title: string; datasource?: { uid: string } }>;
  };

  it('takes its Prometheus as a variable and has the rows an operator looks for', () => {
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(41);
    expect(dashboard.templating.list).toContainEqual(
      expect.objectContaining({ name: 'datasource', type: 'datasource' }),
    );
    for (const p of dashboard.panels.filter((p) => p.type !== 'row')) expect(p.datasource?.uid).toBe('${datasource}');
    expect(dashboard.panels.filter((p) => p.type === 'row').map((p) => p.title)).toEqual([
      'Pijplijn / Pipeline',
      'Doorlooptijden / Lead times',
      'Herinneringen en escalaties / Reminders and escalations',
      'Bezorging / Deliveries',
      'Temporal SDK (worker)',
    ]);
  });

  it('has queries that are PromQL', () => {
    const queries = dashboardQueries();
    expect(queries.length).toBeGreaterThan(10);
    for (const q of queries) expect(metricNames(q.expr).length).toBeGreaterThan(0);
  });
});

describe('metric names in PromQL', () => {
  it.each([
    ['sum by (gate) (rate(foo_total{gate="dpia", le=~"1|2"}[5m])) or vector(0)', ['foo_total']],
    ['{__name__="bar", job="x"} + on (job) group_left (instance) baz offset 5m', ['bar', 'baz']],
    ['histogram_quantile(0.9, max by (gate, le) (x_bucket)) > bool 3', ['x_bucket']],
    ['rate(y_total[$__rate_interval]) / ignoring (a) rate(z_total[${__range}])', ['y_total', 'z_total']],
    ['(sum(up{job="api"}) or vector(0)) < 1 unless absent(rate_limit)', ['up', 'rate_limit']],
    ['delta(a:b:max[1d]) >= 5 and sum without (instance) (count_values("v", c))', ['a:b:max', 'c']],
  ])('%s reads %j', (expr, names) => {
    expect(metricNames(expr).sort()).toEqual([...names].sort());
  });

  it('refuses what is not PromQL', () => {
    expect(() => metricNames('sum(foo')).toThrow(/not PromQL/);
    expect(() => metricNames('foo{a="b"')).toThrow(/not PromQL/);
  });
});
