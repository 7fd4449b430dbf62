import { english } from '../../support/english';
import { describe, expect, it } from 'vitest';
import { prepareCallback } from '../../../electron/ringostat/prepare';
import type { ExtendedCallbackForm } from '../../../electron/contract/callback-types';

const valid: ExtendedCallbackForm = {
  method: 'extended',
  caller: '380671112233',
  callee: 'supportrngst_manager1',
  projectId: '11111',
};

describe('preparing a callback', () => {
  it('defaults to direction out with the employee rung first (manager_dst 1)', () => {
    const result = prepareCallback(valid, 'UA');
    expect(result).toMatchObject({
      ok: true,
      value: { params: { direction: 'out', manager_dst: 1 }, firstParty: 'employee' },
    });
  });

  it('lets a raw manager_dst override who rings first', () => {
    const result = prepareCallback({ ...valid, direction: 'in', first: 'employee', managerDst: 1 }, 'UA');
    expect(result).toMatchObject({ ok: true, value: { params: { manager_dst: 1 }, firstParty: 'client' } });
  });

  it('reports every bad field at once, each message naming its field', () => {
    const result = prepareCallback(
      {
        method: 'extended',
        caller: 'not a number',
        callee: '',
        projectId: 'abc',
        clientIp: '300.1.1.1',
        utmSource: 'x'.repeat(256),
        clientId: 'has space',
        userAgent: 'line\nbreak',
      },
      'UA',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.error.map((error) => [error.field, english(error.message)]));
    expect(Object.keys(byField).sort()).toEqual(
      ['callee', 'caller', 'clientId', 'clientIp', 'projectId', 'userAgent', 'utmSource'].sort(),
    );
    expect(byField.caller).toMatch(/^Caller: “not a number” is neither a phone number nor a SIP login/);
    expect(byField.callee).toBe('Callee: fill this in.');
    expect(byField.projectId).toMatch(/^Project id: “abc” is not a project id/);
    expect(byField.clientIp).toMatch(/^Client IP: “300.1.1.1” is not an IP address/);
    expect(byField.utmSource).toBe('UTM source: 256 characters long; at most 255 are allowed.');
    expect(byField.clientId).toBe('Client id: must not contain spaces.');
    expect(byField.userAgent).toBe('User agent: must be one line without control characters.');
  });

  it('requires a project id for the extended method', () => {
    const result = prepareCallback({ ...valid, projectId: '' }, 'UA');
    expect(result).toMatchObject({ ok: false, error: [{ field: 'projectId' }] });
  });

  it('accepts IPv6 client addresses', () => {
    expect(prepareCallback({ ...valid, clientIp: '2001:db8::1' }, 'UA')).toMatchObject({
      ok: true,
      value: { params: { clientIp: '2001:db8::1' } },
    });
  });

  it('refuses a SIP login as the simple method’s extension: it must be a project number', () => {
    const result = prepareCallback(
      { method: 'simple', extension: 'supportrngst_manager1', destination: '0671112233' },
      'UA',
    );
    expect(result).toMatchObject({ ok: false, error: [{ field: 'extension' }] });
  });
});
