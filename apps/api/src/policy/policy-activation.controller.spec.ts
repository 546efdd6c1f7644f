import { READ_SCOPE } from '@waardenpoort/domain';
import { ACTIVATION_READERS } from './policy-activation.controller';

describe('who reads policy activations', () => {
  it('only roles that read every project with its quick-scan (the rows name projects of every department)', () => {
    for (const role of ACTIVATION_READERS) {
      expect(READ_SCOPE[role].projects).toBe('all');
      expect(READ_SCOPE[role].fields).toEqual(expect.arrayContaining(['summary', 'quickScan']));
    }
  });
});
