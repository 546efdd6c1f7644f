import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { evaluateQuickScan } from './evaluate';
import { examplePortfolio, PROJECT_KINDS } from './example-portfolio';
import type { Policy } from './types';
import { validatePolicy } from './validate';

const load = (file: string): Policy => {
  const result = validatePolicy(parse(fs.readFileSync(path.resolve(__dirname, '../../../../policy', file), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
};

describe('the example portfolio', () => {
  const v1 = load('waardenpoort-policy.v1.yaml');

  it('is the same for the same size and seed, and another for another seed', () => {
    expect(examplePortfolio(v1, 200, 7)).toEqual(examplePortfolio(v1, 200, 7));
    expect(examplePortfolio(v1, 200, 8)).not.toEqual(examplePortfolio(v1, 200, 7));
  });

  it('has every kind in about its proportion', () => {
    const projects = examplePortfolio(v1, 20_000);
    const total = PROJECT_KINDS.reduce((sum, k) => sum + k.weight, 0);
    for (const kind of PROJECT_KINDS) {
      const share = projects.filter((p) => p.title.startsWith(`${kind.title} `)).length / projects.length;
      expect(Math.abs(share - kind.weight / total)).toBeLessThan(0.01);
    }
  });

  it('routes each kind under the policy given, with complete answers', () => {
    for (const p of examplePortfolio(v1, 300)) {
      if (!p.route) continue;
      expect(p.route.outcome.policy).toEqual({ id: 'waardenpoort', version: 1 });
      // Complete answers: evaluated again they give the same route, without a missing or invalid answer.
      const { ignoredAnswers: _ignored, ...again } = evaluateQuickScan(v1, p.route.answers);
      expect(again).toEqual(p.route.outcome);
    }
  });
});
