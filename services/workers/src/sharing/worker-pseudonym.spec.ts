import { randomBytes } from 'node:crypto';
import { workerPseudonym } from './worker-pseudonym';

describe('workerPseudonym', () => {
  const key = randomBytes(32);
  const claim = '7d1f0c1e-0000-4000-8000-000000000001';
  const worker = '7d1f0c1e-0000-4000-8000-0000000000aa';

  it('is stable for one claim and worker and never shows the worker id', () => {
    expect(workerPseudonym(key, claim, worker)).toBe(workerPseudonym(key, claim, worker));
    expect(workerPseudonym(key, claim, worker)).toMatch(/^P-[0-9A-F]{12}$/);
    expect(workerPseudonym(key, claim, worker)).not.toContain(worker.slice(-12).toUpperCase());
  });

  it('differs across claims and across node keys', () => {
    expect(workerPseudonym(key, claim, worker)).not.toBe(workerPseudonym(key, '7d1f0c1e-0000-4000-8000-000000000002', worker));
    expect(workerPseudonym(key, claim, worker)).not.toBe(workerPseudonym(randomBytes(32), claim, worker));
  });
});
