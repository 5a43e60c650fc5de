/**
 * Options no situation makes the best answer are not offered (issue 11: every event option the
 * best answer in at least 5% of its draws, or removed; engine 1.37.0, docs/model.md). Keeping a
 * breach of customer data quiet is against the breach-notification laws every built-in company
 * answers to, and a vulnerability backlog left to grow has the yearly penetration test beside it,
 * which takes no roadmap time either. A cloud bill whose waste brought the card is not growth, and
 * the roadmap time that explaining it so keeps is less than the waste costs each quarter (engine
 * 1.40.0). A board's efficiency mandate is not answered by defending the budget without evidence:
 * showing the cost per team and per feature is that defence with its evidence (engine 1.43.0).
 */
import { describe, expect, it } from 'vitest';
import { deckFor } from '../../src/sim/index';
import { SCENARIO_FILES, loadBuiltin } from './builtin';

describe.each(SCENARIO_FILES)('%s', (file) => {
  const deck = deckFor(loadBuiltin(file));
  const options = (id: string) => deck.dilemmas.find((c) => c.id === id)?.options.map((o) => o.id);

  it('answers a breach of customer data in the open: a full response or an incident-response firm', () => {
    expect(options('data-breach-response')).toEqual(['full-response', 'external-ir']);
  });

  it('answers the security team’s gates with the gates or a yearly penetration test, not by waiting', () => {
    expect(options('security-in-pipeline')).toEqual(['blocking-gates', 'yearly-pentest']);
  });

  it('answers a cloud bill full of waste by cutting the waste or its price, not by calling it growth', () => {
    expect(options('cloud-cost-spike')).toEqual(['finops-tiger-team', 'buy-commitments']);
    expect(deck.dilemmas.find((c) => c.id === 'cloud-cost-spike')?.defaultOptionId).toBe(
      'buy-commitments',
    );
  });
});

describe('mega-venture', () => {
  const deck = deckFor(loadBuiltin('mega-venture.json'));
  const card = deck.dilemmas.find((c) => c.id === 'mega-efficiency-mandate');

  it('answers the board’s efficiency mandate with savings, a cut or the unit costs as evidence, not a defence without it', () => {
    expect(card?.options.map((o) => o.id)).toEqual([
      'consolidate',
      'unit-economics',
      'across-the-board',
    ]);
    expect(card?.defaultOptionId).toBe('unit-economics');
  });
});
