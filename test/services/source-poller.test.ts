import { expect } from '@open-wc/testing';
import { appendedTail } from '../../src/services/source-poller.js';

describe('appendedTail(last, next)', () => {
  it('gives the appended entries of a list that grew at the end', () => {
    expect(appendedTail('[{"a":1}]', '[{"a":1},{"b":2},{"c":3}]')).to.equal('[{"b":2},{"c":3}]');
    expect(appendedTail('[{"a":1}]\n', '[{"a":1}, {"b":2}]')).to.equal('[ {"b":2}]');
  });
  it('is null when the list changed otherwise, shrank, was empty or is no list', () => {
    expect(appendedTail(null, '[1]')).to.equal(null);
    expect(appendedTail('[{"a":1}]', '[{"z":1},{"b":2}]')).to.equal(null);
    expect(appendedTail('[{"a":1},{"b":2}]', '[{"a":1}]')).to.equal(null);
    expect(appendedTail('[]', '[{"a":1}]')).to.equal(null);
    expect(appendedTail('{"a":1}', '{"a":1,"b":2}')).to.equal(null);
  });
});
