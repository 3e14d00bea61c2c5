import { expect } from '@open-wc/testing';
import {
  advance,
  isPending,
  isSubmissionState,
  NOT_STARTED,
  storedState,
  type Submission,
  type SubmissionEvent,
} from '../../src/model/submission.js';

const run = (events: SubmissionEvent[], from: Submission = NOT_STARTED): Submission => events.reduce(advance, from);

describe('submission lifecycle', () => {
  it('completes to local without an endpoint, and nothing moves it on', () => {
    const local = run([{ type: 'complete', endpoint: false, consentGiven: true }]);
    expect(local).to.deep.equal({ state: 'local', attempt: 0 });
    expect(run([{ type: 'attempt' }, { type: 'delivered', status: 201 }], local)).to.deep.equal(local);
  });

  it('asks consent first unless the host asked it, then queues', () => {
    expect(run([{ type: 'complete', endpoint: true, consentGiven: false }]).state).to.equal('awaiting-consent');
    expect(run([{ type: 'complete', endpoint: true, consentGiven: true }]).state).to.equal('queued');
    const agreed = run([
      { type: 'complete', endpoint: true, consentGiven: false },
      { type: 'consent', agree: true },
    ]);
    expect(agreed.state).to.equal('queued');
  });

  it('sends a declined response only after consent is asked again', () => {
    const declined = run([
      { type: 'complete', endpoint: true, consentGiven: false },
      { type: 'consent', agree: false },
    ]);
    expect(declined.state).to.equal('declined');
    expect(advance(declined, { type: 'attempt' })).to.equal(declined);
    expect(run([{ type: 'ask-again' }, { type: 'consent', agree: true }], declined).state).to.equal('queued');
  });

  it('counts attempts and ends in sent with the status', () => {
    const sent = run([
      { type: 'complete', endpoint: true, consentGiven: true },
      { type: 'attempt' },
      { type: 'retry-later', status: 503, message: 'busy', nextAttemptAt: 1000 },
      { type: 'attempt' },
      { type: 'delivered', status: 201 },
    ]);
    expect(sent).to.deep.equal({ state: 'sent', attempt: 2, status: 201 });
  });

  it('keeps the reason and the next try while retrying, and says offline when it is', () => {
    const from: Submission = { state: 'sending', attempt: 1 };
    expect(
      advance(from, { type: 'retry-later', status: null, message: 'gone', nextAttemptAt: 5, offline: true }),
    ).to.deep.equal({
      state: 'waiting-offline',
      attempt: 1,
      status: null,
      message: 'gone',
      nextAttemptAt: 5,
    });
  });

  it('a refused response waits for a manual retry', () => {
    const failed = advance({ state: 'sending', attempt: 1 }, { type: 'refused', status: 401, message: 'no' });
    expect(failed).to.include({ state: 'failed', status: 401 });
    expect(advance(failed, { type: 'attempt' })).to.equal(failed);
    expect(run([{ type: 'retry' }, { type: 'attempt' }], failed)).to.deep.equal({ state: 'sending', attempt: 2 });
  });

  it('a late answer never moves a sent response back', () => {
    const sent: Submission = { state: 'sent', attempt: 1, status: 200 };
    for (const event of [
      { type: 'refused', status: 400, message: 'x' },
      { type: 'retry-later', status: 503, message: 'x', nextAttemptAt: 0 },
      { type: 'delivered', status: 201 },
      { type: 'delegated' },
      { type: 'offline' },
    ] as SubmissionEvent[]) {
      expect(advance(sent, event), event.type).to.equal(sent);
    }
  });

  it('the host can take a pending response over', () => {
    expect(advance({ state: 'queued', attempt: 0 }, { type: 'delegated' }).state).to.equal('delegated');
  });

  it('stores the moment-to-moment states as queued and knows its own states', () => {
    expect(['queued', 'sending', 'retrying', 'waiting-offline'].map((s) => storedState(s as never))).to.deep.equal(
      Array(4).fill('queued'),
    );
    expect(storedState('sent')).to.equal('sent');
    expect(isPending('failed')).to.equal(false);
    expect(isSubmissionState('sent')).to.equal(true);
    expect(isSubmissionState('constructor')).to.equal(false);
  });
});
