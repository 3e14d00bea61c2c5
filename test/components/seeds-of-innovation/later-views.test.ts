import { expect } from '@open-wc/testing';
import '../../support/languages.js';
import { LaterViews } from '../../../src/components/seeds-of-innovation/later-views.js';

// The root's later views (its own controller, driven here without the element): when a view's file
// has come, the element's other file that failed (the tools', from the same file) is tried again
// (the CDN test "brings back the tools…" shows it in the built files, where it can also race a fetch ahead).
describe('LaterViews', () => {
  it('tells the element when a view has come, and on a retry, so that a failed tools file is tried again', async () => {
    let updates = 0;
    let others = 0;
    const views = new LaterViews({ requestUpdate: () => updates++ } as never, () => others++);
    expect(views.need('results', 'en')).to.equal('loading');
    await views.settled();
    expect(views.need('results', 'en')).to.equal('ready');
    expect(others, 'once, when the view came').to.equal(1);
    expect(updates).to.be.greaterThan(0);
    // A view that is there is not loaded again, and says nothing more.
    views.retry('results');
    views.retryFailed();
    await views.settled();
    expect(others).to.equal(1);
  });
});
