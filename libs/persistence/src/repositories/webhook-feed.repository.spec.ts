import { compareFeedPositions, formatFeedPosition, parseFeedPosition } from './webhook-feed.repository';

describe('feed positions', () => {
  it('round-trip as the SSE event ids txid-id', () => {
    const p = { txid: '1234567', id: '89' };
    expect(parseFeedPosition(formatFeedPosition(p))).toEqual(p);
    expect(parseFeedPosition(' 0010-002 ')).toEqual({ txid: '10', id: '2' });
  });

  it('refuse what was never handed out', () => {
    for (const text of [
      '',
      '12',
      '12-',
      '-3',
      '1-2-3',
      'a-b',
      '1.5-2',
      '99999999999999999999-1',
      '9223372036854775808-1',
    ]) {
      expect([text, parseFeedPosition(text)]).toEqual([text, null]);
    }
    expect(parseFeedPosition('9223372036854775807-1')).toEqual({ txid: '9223372036854775807', id: '1' });
  });

  it('order by transaction first, then by row, numerically', () => {
    expect(compareFeedPositions({ txid: '9', id: '100' }, { txid: '10', id: '1' })).toBe(-1);
    expect(compareFeedPositions({ txid: '10', id: '9' }, { txid: '10', id: '10' })).toBe(-1);
    expect(compareFeedPositions({ txid: '10', id: '10' }, { txid: '10', id: '10' })).toBe(0);
    expect(compareFeedPositions({ txid: '11', id: '1' }, { txid: '10', id: '10' })).toBe(1);
  });
});
