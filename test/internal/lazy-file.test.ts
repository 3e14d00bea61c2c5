import { expect } from '@open-wc/testing';
import { lazyFile } from '../../src/internal/lazy-file.js';

/** A load the test settles by hand, one attempt at a time. */
function attempts<T>() {
  const made: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => made.push({ resolve, reject }));
  return { made, load };
}

describe('lazyFile(load)', () => {
  it('loads once and keeps the value for synchronous use', async () => {
    const { made, load } = attempts<string>();
    const file = lazyFile(load);
    expect(file.current()).to.equal(null);
    const a = file.load();
    const b = file.load();
    expect(made).to.have.length(1);
    expect(file.busy()).to.equal(true);
    made[0].resolve('checks');
    expect(await a).to.equal('checks');
    expect(await b).to.equal('checks');
    expect(file.current()).to.equal('checks');
    expect(file.busy()).to.equal(false);
    expect(await file.load()).to.equal('checks');
    expect(made).to.have.length(1);
  });

  it('does not remember a failure: the next call loads again', async () => {
    const { made, load } = attempts<string>();
    const file = lazyFile(load);
    const first = file.load();
    made[0].reject(new TypeError('Failed to fetch dynamically imported module'));
    await first.then(
      () => expect.fail('the failed load resolved'),
      (error: Error) => expect(error.message).to.contain('Failed to fetch'),
    );
    expect(file.busy()).to.equal(false);
    expect(file.current()).to.equal(null);
    const second = file.load();
    expect(made).to.have.length(2);
    made[1].resolve('checks');
    expect(await second).to.equal('checks');
  });

  it('gives a call that found a load under way an attempt of its own when that load fails ("Try again" after the network is back)', async () => {
    const { made, load } = attempts<string>();
    const file = lazyFile(load);
    const before = file.load(); // asked for while the network was down
    const retry = file.load(); // "Try again", once it is back
    expect(made).to.have.length(1);
    made[0].reject(new TypeError('offline'));
    await before.then(
      () => expect.fail('the first load resolved'),
      () => undefined,
    );
    // The first call's failure is its own; the retry did not end with it but made a second attempt.
    await Promise.resolve();
    expect(made).to.have.length(2);
    made[1].resolve('checks');
    expect(await retry).to.equal('checks');
    expect(file.current()).to.equal('checks');
  });

  it('lets the retry fail with its own attempt, once, when that fails too', async () => {
    const { made, load } = attempts<string>();
    const file = lazyFile(load);
    const before = file.load();
    const retry = file.load();
    made[0].reject(new TypeError('offline'));
    await before.catch(() => undefined);
    await Promise.resolve();
    made[1].reject(new TypeError('still offline'));
    await retry.then(
      () => expect.fail('the retry resolved'),
      (error: Error) => expect(error.message).to.equal('still offline'),
    );
    expect(made).to.have.length(2);
  });
});
