import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsCompleteEvent, SeedsDeliveredEvent, SeedsErrorEvent, SeedsSubmitEvent } from '../../../src/index.js';
import { deepQuery, deepQueryAll, until } from '../../support/dom.js';
import { click, completeQuestionnaire, drain, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';
import { requestsTo, scriptedEndpoint } from '../../support/endpoint.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

const heading = (el: Element) => deepQuery(el, 'h2')?.textContent?.trim();

describe('<seeds-of-innovation> delivery', () => {
  it('asks consent, says exactly what is sent, then posts the response once with the right headers', async () => {
    const endpoint = await scriptedEndpoint('consent');
    const el = await mountWidget({ lang: 'en', community: unique('c'), endpoint });
    expect(deepQuery(el, 'section')!.textContent).to.contain('with your consent');
    const completed = oneEvent(el, 'seeds-complete') as Promise<SeedsCompleteEvent>;
    await completeQuestionnaire(el, 3);
    const { response } = (await completed).detail;
    expect(heading(el)).to.equal('Send to the organiser');
    expect(deepQuery(el, '[part="consent"]')!.textContent).to.contain(new URL(endpoint).host);
    await expect(el).to.be.accessible();
    expect(await requestsTo(endpoint)).to.have.length(0);

    const delivered = oneEvent(el, 'seeds-delivered') as Promise<SeedsDeliveredEvent>;
    await click(el, 'Send');
    const detail = (await delivered).detail;
    expect(detail).to.deep.equal({ id: response.id, status: 201, attempt: 1 });
    await settle(el);
    await until(() => deepQuery(el, '[part="delivery"]')?.getAttribute('data-state') === 'sent', 'sent state');
    expect(deepQuery(el, '[part="delivery"]')!.textContent).to.contain('have been sent');

    expect(await drain(el)).to.deep.equal([]);
    const requests = await requestsTo(endpoint);
    expect(requests).to.have.length(1);
    expect(requests[0].contentType).to.match(/^application\/json/);
    expect(requests[0].idempotencyKey).to.equal(response.id);
    expect(requests[0].cookie).to.equal(null);
    expect(requests[0].validation.valid, JSON.stringify(requests[0].validation.errors)).to.equal(true);
    expect(requests[0].body).to.deep.equal(JSON.parse(JSON.stringify(response)));
  });

  it('sends nothing when the participant declines', async () => {
    const endpoint = await scriptedEndpoint('decline');
    const el = await mountWidget({ lang: 'en', community: unique('d'), endpoint });
    await completeQuestionnaire(el, 1);
    await click(el, "Don't send");
    const statuses = deepQueryAll(el, '[role="status"]').map((s) => s.textContent!.trim());
    expect(statuses).to.include('Your answers were not sent. They stay on this device only.');
    expect(await drain(el)).to.deep.equal([]);
    expect(await requestsTo(endpoint)).to.have.length(0);
    expect(heading(el)).to.equal('Your flower');
  });

  it('skips the consent step with consent="given" and adds the host hook\'s header', async () => {
    const endpoint = await scriptedEndpoint('hook');
    const el = await mountWidget({ lang: 'en', community: unique('h'), endpoint, consent: 'given' });
    el.requestInit = () => ({ headers: { Authorization: 'Bearer test-token' } });
    const delivered = oneEvent(el, 'seeds-delivered');
    await completeQuestionnaire(el, 4);
    await delivered;
    const [request] = await requestsTo(endpoint);
    expect(request.authorization).to.equal('Bearer test-token');
    expect(request.body!.scores.commitment).to.equal(100);
  });

  it('lets the host deliver itself by cancelling seeds-submit: nothing is sent', async () => {
    const endpoint = await scriptedEndpoint('cancel');
    const el = await mountWidget({ lang: 'en', community: unique('x'), endpoint, consent: 'given' });
    const submitted: SeedsSubmitEvent[] = [];
    el.addEventListener('seeds-submit', (e) => {
      submitted.push(e);
      e.preventDefault();
    });
    await completeQuestionnaire(el, 2);
    await until(() => submitted.length === 1, 'seeds-submit');
    expect(await drain(el)).to.deep.equal([]);
    expect(submitted).to.have.length(1);
    expect(submitted[0].cancelable && submitted[0].composed).to.equal(true);
    expect(submitted[0].detail.endpoint).to.equal(endpoint);
    expect(await requestsTo(endpoint)).to.have.length(0);
  });

  it('retries after 503 and reports the failed attempt with willRetry', async () => {
    const endpoint = await scriptedEndpoint('retry', [{ status: 503, retryAfter: 0 }]);
    const el = await mountWidget({ lang: 'en', community: unique('r'), endpoint, consent: 'given' });
    const errors: CustomEvent[] = [];
    el.addEventListener('seeds-delivery-error', (e) => errors.push(e));
    const delivered = oneEvent(el, 'seeds-delivered') as Promise<SeedsDeliveredEvent>;
    await completeQuestionnaire(el, 3);
    expect((await delivered).detail.attempt).to.equal(2);
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ status: 503, attempt: 1, willRetry: true });
    expect(await requestsTo(endpoint)).to.have.length(2);
  });

  it('reports a 400 without retrying and shows why, with a way to try again', async () => {
    const endpoint = await scriptedEndpoint('bad', [{ status: 400, body: { error: 'no' } }]);
    const el = await mountWidget({ lang: 'en', community: unique('b'), endpoint, consent: 'given' });
    const failed = oneEvent(el, 'seeds-delivery-error');
    await completeQuestionnaire(el, 3);
    expect((await failed).detail).to.include({ status: 400, willRetry: false });
    await settle(el);
    await until(() => deepQuery(el, '[part="delivery"]')?.getAttribute('data-state') === 'failed', 'failed state');
    expect(deepQuery(el, '[part="delivery"]')!.textContent).to.contain('could not be sent');
    expect(await drain(el)).to.deep.equal([]);
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('refuses a javascript: endpoint with seeds-error and fetches nothing', async () => {
    expectSeedsErrors('invalid-endpoint');
    const original = window.fetch;
    let fetched = 0;
    window.fetch = (...args) => {
      fetched++;
      return original(...args);
    };
    try {
      const el = document.createElement('seeds-of-innovation');
      el.setAttribute('lang', 'en');
      el.setAttribute('community', unique('js'));
      el.setAttribute('endpoint', 'javascript:alert(1)');
      el.setAttribute('consent', 'given');
      const error = oneEvent(el, 'seeds-error') as Promise<SeedsErrorEvent>;
      document.body.append(el);
      const { detail } = await error;
      expect(detail.code).to.equal('invalid-endpoint');
      await settle(el);
      // without a valid endpoint the intro promises that nothing is sent
      await until(() => deepQuery(el, 'section'));
      expect(deepQuery(el, 'section')!.textContent).to.contain('Nothing is sent');
      await completeQuestionnaire(el, 3);
      expect(await drain(el)).to.deep.equal([]);
      expect(fetched).to.equal(0);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });
});

describe('<seeds-of-innovation> consent survives a reload', () => {
  it('asks again for a response left on the consent step, and can send a declined one later', async () => {
    const endpoint = await scriptedEndpoint('later');
    const community = unique('later');
    const first = await mountWidget({ lang: 'en', community, endpoint });
    await completeQuestionnaire(first, 3);
    expect(heading(first)).to.equal('Send to the organiser');
    expect(await drain(first)).to.deep.equal([]);
    first.remove(); // the tab closes on the consent step

    const second = await mountWidget({ lang: 'en', community, endpoint });
    await until(() => heading(second) === 'Send to the organiser', 'consent asked again');
    await click(second, "Don't send");
    expect(await drain(second)).to.deep.equal([]);
    expect(await requestsTo(endpoint)).to.have.length(0);
    second.remove();

    const third = await mountWidget({ lang: 'en', community, endpoint, view: 'results' });
    const delivered = oneEvent(third, 'seeds-delivered');
    await click(third, 'Send to the organiser after all');
    expect(heading(third)).to.equal('Send to the organiser');
    await click(third, 'Send');
    await delivered;
    expect(await requestsTo(endpoint)).to.have.length(1);
  });
});

describe('<seeds-of-innovation> sent stays sent', () => {
  it('says "sent" for a delivered measurement after a reload', async () => {
    const endpoint = await scriptedEndpoint('sent-history');
    const community = unique('sent');
    const first = await mountWidget({ lang: 'en', community, endpoint, consent: 'given' });
    const delivered = oneEvent(first, 'seeds-delivered');
    await completeQuestionnaire(first, 3);
    await delivered;
    await first.saved();
    first.remove();

    const second = await mountWidget({ lang: 'en', community, endpoint, view: 'results' });
    const line = deepQuery(second, '[part="delivery"]');
    expect(line?.getAttribute('data-state')).to.equal('sent');
    expect(line!.textContent).to.contain('have been sent');
    expect(await requestsTo(endpoint)).to.have.length(1);
  });
});

describe('<seeds-of-innovation> refused deliveries', () => {
  it('shows a refused response on every screen and sends it again with new credentials', async () => {
    const endpoint = await scriptedEndpoint('auth', [{ status: 401 }]);
    const el = await mountWidget({ lang: 'nl', community: unique('auth'), endpoint, consent: 'given' });
    el.requestInit = () => ({ headers: { Authorization: 'Bearer old' } });
    const failed = oneEvent(el, 'seeds-delivery-error');
    await completeQuestionnaire(el, 3);
    expect((await failed).detail).to.include({ status: 401, willRetry: false });
    await click(el, 'Eerdere metingen');
    await until(() => deepQuery(el, '[part="delivery"][data-state="failed"]'), 'failed notice on history');
    expect(deepQuery(el, '[part="delivery"]')!.textContent).to.contain('de organisator weigerde ze (foutcode 401)');
    const delivered = oneEvent(el, 'seeds-delivered');
    el.requestInit = () => ({ headers: { Authorization: 'Bearer new' } });
    await delivered;
    const requests = await requestsTo(endpoint);
    expect(requests.map((r) => r.authorization)).to.deep.equal(['Bearer old', 'Bearer new']);
    await settle(el);
    expect(deepQuery(el, '[part="delivery"][data-state="failed"]')).to.equal(null);
  });
});
