import { expect } from '@open-wc/testing';
import { isHttpUrl, resolveEndpoint } from '../../src/services/endpoint.js';

const BASE = 'https://portal.example.org/community/page.html';

describe('resolveEndpoint(value, baseURI)', () => {
  it('accepts http and https URLs', () => {
    expect(resolveEndpoint('https://api.example.org/seeds', BASE)).to.deep.equal({
      ok: true,
      url: 'https://api.example.org/seeds',
    });
    expect(resolveEndpoint('  http://localhost:8000/x  ', BASE)).to.deep.equal({
      ok: true,
      url: 'http://localhost:8000/x',
    });
  });

  it('resolves a relative URL against the base URI', () => {
    expect(resolveEndpoint('/api/seeds', BASE)).to.deep.equal({
      ok: true,
      url: 'https://portal.example.org/api/seeds',
    });
    expect(resolveEndpoint('receive', BASE)).to.deep.equal({
      ok: true,
      url: 'https://portal.example.org/community/receive',
    });
  });

  it('refuses javascript:, data: and other schemes with a reason', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'blob:https://x/y',
      'file:///etc/passwd',
      'ftp://x.org/',
    ]) {
      const result = resolveEndpoint(value, BASE);
      expect(result.ok, value).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(/only http: and https:/);
    }
  });

  it('refuses empty values, garbage and URLs with credentials', () => {
    expect(resolveEndpoint('', BASE)).to.deep.equal({ ok: false, reason: 'The endpoint is empty.' });
    expect(resolveEndpoint(null, BASE).ok).to.equal(false);
    expect(resolveEndpoint('http://[::1', BASE)).to.include({ ok: false });
    expect(resolveEndpoint('relative', 'about:blank')).to.include({ ok: false });
    const withPassword = resolveEndpoint('https://user:secret@example.org/', BASE);
    expect(withPassword.ok).to.equal(false);
    if (!withPassword.ok) expect(withPassword.reason).to.match(/user name or password/);
  });

  it('isHttpUrl(value) accepts only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://example.org/')).to.equal(true);
    expect(isHttpUrl('/relative')).to.equal(false);
    expect(isHttpUrl('javascript:void 0')).to.equal(false);
    expect(isHttpUrl(42)).to.equal(false);
  });
});
