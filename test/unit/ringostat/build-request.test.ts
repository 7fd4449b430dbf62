import { describe, expect, it } from 'vitest';
import { buildCallbackRequest } from '../../../electron/ringostat/build-request';
import { prepareCallback } from '../../../electron/ringostat/prepare';
import type { CallbackForm, PreparedCallback } from '../../../electron/contract/callback-types';

function prepared(form: CallbackForm): PreparedCallback {
  const result = prepareCallback(form, 'UA');
  if (!result.ok) throw new Error(result.error.map((error) => error.message).join('; '));
  return result.value;
}

const userAgent =
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/68.0.3440.106 Safari/537.36';

describe('golden requests, as the vendor page shows them', () => {
  it('simple: form-encoded extension and destination to /callback/outward_call', () => {
    const callback = prepared({
      method: 'simple',
      extension: '+38 (044) 111-22-33',
      destination: '067 111 22 33',
    });
    expect(buildCallbackRequest(callback, 'https://api.ringostat.net', 'unique_auth_key_string', 1)).toEqual({
      method: 'POST',
      url: 'https://api.ringostat.net/callback/outward_call',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Auth-key': 'unique_auth_key_string',
        'User-Agent': 'CallbackDesk/0.1',
      },
      body: 'extension=380441112233&destination=380671112233',
    });
  });

  it('extended: the vendor’s example body, field for field and in order', () => {
    const callback = prepared({
      method: 'extended',
      caller: '380671112233',
      callee: '380632223344',
      direction: 'out',
      first: 'employee',
      projectId: '11111',
      clientIp: '10.10.10.10',
      utmSource: 'ringostat',
      utmMedium: 'referral',
      utmCampaign: 'extended_callback',
      utmTerm: 'test_api_request',
      utmContent: 'content',
      clientId: '111111111.2222222222',
      userAgent,
    });
    const request = buildCallbackRequest(
      callback,
      'https://api.ringostat.net',
      'unique_auth_key_string',
      777,
    );
    expect(request.url).toBe('https://api.ringostat.net/a/v2');
    expect(request.headers['Content-Type']).toBe('application/json');
    expect(request.headers['Auth-key']).toBe('unique_auth_key_string');
    // The vendor's example with its whitespace removed; the method value has single backslashes, escaped in JSON text.
    expect(request.body).toBe(
      '{"jsonrpc":"2.0","id":777,"method":"Api\\\\V2\\\\Callback.external","params":{' +
        '"callee_type":"default","caller_type":"default","caller":"380671112233","callee":"380632223344",' +
        '"manager_dst":1,"direction":"out","projectId":"11111","clientIp":"10.10.10.10",' +
        '"utmSource":"ringostat","utmMedium":"referral","utmCampaign":"extended_callback",' +
        '"utmTerm":"test_api_request","utmContent":"content","clientId":"111111111.2222222222",' +
        `"clientUserAgent":"${userAgent}"}}`,
    );
    expect(JSON.parse(request.body).method).toBe('Api\\V2\\Callback.external');
  });

  it('extended with a forwarding scheme: callee_type scheme and the scheme id as callee', () => {
    const callback = prepared({
      method: 'extended',
      caller: '+380 67 111 22 33',
      callee: '12345',
      calleeType: 'scheme',
      projectId: '11111',
    });
    const body = JSON.parse(buildCallbackRequest(callback, 'https://api.ringostat.net', 'k', 5).body);
    expect(body.params).toEqual({
      callee_type: 'scheme',
      caller_type: 'default',
      caller: '380671112233',
      callee: '12345',
      manager_dst: 1,
      direction: 'out',
      projectId: '11111',
    });
  });

  it('sends no empty or whitespace-only optional fields', () => {
    const callback = prepared({
      method: 'extended',
      caller: '380671112233',
      callee: 'supportrngst_manager1',
      projectId: '11111',
      clientIp: ' ',
      utmSource: '',
      utmMedium: '   ',
      clientId: '',
      userAgent: '',
    });
    const params = JSON.parse(
      buildCallbackRequest(callback, 'https://api.ringostat.net', 'k', 5).body,
    ).params;
    expect(Object.keys(params)).toEqual([
      'callee_type',
      'caller_type',
      'caller',
      'callee',
      'manager_dst',
      'direction',
      'projectId',
    ]);
  });
});
