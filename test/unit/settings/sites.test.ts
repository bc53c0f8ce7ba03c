import { describe, expect, it } from 'vitest';
import { addSite, isSiteDisabled, normalizeSite, removeSite, siteOfUrl } from '../../../src/settings/sites.ts';

describe('sites', () => {
  it.each([
    ['example.com', 'example.com'],
    [' https://www.Example.com/path?q=1 ', 'www.example.com'],
    ['news.example.co.uk.', 'news.example.co.uk'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['', null],
    ['not a host', null],
    ['http://', null],
    ['-bad-.com', null],
  ])('normalizeSite(%j) = %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it('siteOfUrl only knows http(s) pages', () => {
    expect(siteOfUrl('https://www.bbc.co.uk/news/1')).toBe('www.bbc.co.uk');
    expect(siteOfUrl('chrome://extensions')).toBeNull();
    expect(siteOfUrl('file:///tmp/a.html')).toBeNull();
    expect(siteOfUrl('garbage')).toBeNull();
  });

  it('an entry covers its subdomains but not look-alikes', () => {
    expect(isSiteDisabled('www.example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('badexample.com', ['example.com'])).toBe(false);
    expect(isSiteDisabled('example.com', ['www.example.com'])).toBe(false);
  });

  it('addSite normalises and dedupes; removeSite also lifts covering entries', () => {
    expect(addSite(['b.com'], 'https://A.com/x')).toEqual(['a.com', 'b.com']);
    expect(addSite(['a.com'], 'a.com')).toEqual(['a.com']);
    expect(addSite(['a.com'], '???')).toEqual(['a.com']);
    expect(removeSite(['example.com', 'other.org'], 'www.example.com')).toEqual(['other.org']);
  });
});
