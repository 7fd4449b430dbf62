import { english } from '../../support/english';
import { describe, expect, it } from 'vitest';
import { checkApiUrl } from '../../../electron/ringostat/endpoint';

describe('where the Auth-key may go', () => {
  it.each([
    ['https://api.ringostat.net', 'https://api.ringostat.net'],
    ['https://api.ringostat.net/', 'https://api.ringostat.net'],
    ['https://proxy.example.com/ringostat/', 'https://proxy.example.com/ringostat'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
  ])('accepts %s', (raw, normalised) => {
    expect(checkApiUrl(raw)).toEqual({ ok: true, value: normalised });
  });

  it.each([
    ['http://api.ringostat.net', 'plain http on another machine'],
    ['http://192.168.1.10:8080', 'plain http on another machine'],
    ['ftp://api.ringostat.net', 'must start with https://'],
    ['https://user:pass@api.ringostat.net', 'user name or password'],
    ['https://api.ringostat.net/?a=1', 'query'],
    ['api.ringostat.net', 'is not a URL'],
  ])('refuses %s', (raw, reason) => {
    const result = checkApiUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toContain(reason);
  });
});
