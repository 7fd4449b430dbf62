import { inEnglish } from '../../support/english';
import { describe, expect, it } from 'vitest';
import { readVisitorData } from '../../../electron/shared/visitor-import';

describe('reading visitor data', () => {
  it('takes the UTM labels from a landing-page URL', () => {
    expect(
      inEnglish(
        readVisitorData(
          'https://shop.example/landing?utm_source=google&utm_medium=cpc&utm_campaign=spring%20sale&gclid=x',
        ),
      ),
    ).toEqual({
      fields: { utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'spring sale' },
      found: ['UTM labels from the landing-page URL'],
      problems: [],
    });
  });

  it('takes the client id from a _ga cookie value', () => {
    expect(inEnglish(readVisitorData('GA1.2.111111111.2222222222')).fields).toEqual({
      clientId: '111111111.2222222222',
    });
  });

  it('reads an rngst2 value as URL-encoded JSON or as a query string', () => {
    const json = encodeURIComponent(
      JSON.stringify({ utm: { utm_source: 'facebook', utm_medium: 'social' } }),
    );
    expect(inEnglish(readVisitorData(json)).fields).toEqual({ utmSource: 'facebook', utmMedium: 'social' });
    expect(inEnglish(readVisitorData('utm_source%3Dbing%26utm_term%3Dcallback')).fields).toEqual({
      utmSource: 'bing',
      utmTerm: 'callback',
    });
  });

  it('reads both cookies from a pasted Cookie header', () => {
    const result = inEnglish(
      readVisitorData('Cookie: _ga=GA1.2.111111111.2222222222; rngst2=utm_source%3Dgoogle; other=1'),
    );
    expect(result.fields).toEqual({ clientId: '111111111.2222222222', utmSource: 'google' });
    expect(result.found).toHaveLength(2);
  });

  it('says why when nothing can be read', () => {
    expect(inEnglish(readVisitorData('https://shop.example/?a=1')).problems).toEqual([
      'The URL has no utm_ parameters.',
    ]);
    expect(inEnglish(readVisitorData('_ga=GA1.2.abc')).problems[0]).toContain('not of the form');
    expect(inEnglish(readVisitorData('hello world')).problems).toEqual([
      'No UTM labels could be read from that value.',
    ]);
    expect(inEnglish(readVisitorData('')).problems[0]).toContain('Paste');
  });
});

describe('bounded paste', () => {
  it('refuses a paste over 8,192 characters before reading it, saying the limit', () => {
    const huge = `https://shop.example/?${'utm_source=a&'.repeat(80_000)}`;
    expect(inEnglish(readVisitorData(huge))).toEqual({
      fields: {},
      found: [],
      problems: [
        `That is ${huge.length.toLocaleString('en')} characters; a landing-page URL or Cookie header pasted here is at most 8,192. Paste only the URL or the cookie.`,
      ],
    });
  });

  it('reads a paste of exactly 8,192 characters', () => {
    const url = 'https://shop.example/?utm_source=google&pad=';
    const longest = url.padEnd(8_192, 'x');
    expect(inEnglish(readVisitorData(longest)).fields).toEqual({ utmSource: 'google' });
  });
});
