import { english, inEnglish } from '../../support/english';
import { describe, expect, it } from 'vitest';
import type { CallbackFormInput } from '../../../electron/contract/schemas';
import { previewCallLog } from '../../../electron/ringostat/call-log-preview';
import { prepareCallback } from '../../../electron/ringostat/prepare';

function preview(form: CallbackFormInput) {
  const prepared = prepareCallback(form.method === 'extended' ? { ...form, projectId: '1' } : form, 'UA');
  if (!prepared.ok) throw new Error(prepared.error.map((error) => english(error.message)).join('; '));
  return inEnglish(previewCallLog(prepared.value, form));
}

const callers = { number: '+380671112233', sip: 'shop_manager1' } as const;
const callees = { number: '+380632223344', sip: 'shop_anna', scheme: '101' } as const;

describe('the call-log preview, for every direction, who-first, callee type and caller kind', () => {
  for (const direction of ['out', 'in'] as const) {
    for (const first of ['employee', 'client'] as const) {
      for (const calleeKind of ['number', 'sip', 'scheme'] as const) {
        for (const callerKind of ['number', 'sip'] as const) {
          it(`${direction}, ${first} first, callee ${calleeKind}, caller ${callerKind}`, () => {
            const result = preview({
              method: 'extended',
              caller: callers[callerKind],
              callee: callees[calleeKind],
              calleeType: calleeKind === 'scheme' ? 'scheme' : 'number',
              direction,
              first,
              utmSource: 'google',
            });
            const caller = callerKind === 'number' ? '+380671112233' : 'SIP shop_manager1';
            const callee = { number: '+380632223344', sip: 'SIP shop_anna', scheme: 'forwarding scheme 101' }[
              calleeKind
            ];
            expect(result.recordedAs).toBe(direction === 'in' ? 'inbound' : 'outbound');
            expect([result.whoCalled, result.whereCalled, result.connectedWith]).toEqual([
              caller,
              callee,
              callee,
            ]);
            expect(result.trafficLabels).toEqual(
              direction === 'in' ? [{ name: 'Source (utm_source)', value: 'google' }] : [],
            );
            expect(result.labelsNote).toContain(
              direction === 'in' ? 'carries these' : 'Outbound calls carry no traffic-source labels',
            );
            // The vendor's tables: out 0 = caller first, in 1 = caller first.
            const managerDst = (direction === 'out') === (first === 'client') ? 0 : 1;
            expect(result.managerDst).toBe(managerDst);
            const firstRung = first === 'client' ? `the client (${caller})` : `the employee side (${callee})`;
            expect(result.rings).toContain(`It rings ${firstRung} first`);
            if (callerKind === 'number')
              expect(result.clientSees).toContain('outbound rule for the +380 direction');
            else if (calleeKind === 'number')
              expect(result.clientSees).toContain('default outbound connection settings');
            else expect(result.clientSees).toContain('no outbound number');
          });
        }
      }
    }
  }

  it('uses the client’s own country prefix for the outbound rule, as the vendor’s +7 example', () => {
    expect(
      preview({ method: 'extended', caller: '+7 701 234 5678', callee: 'shop_anna' }).clientSees,
    ).toContain('+7 direction');
  });

  it('says the simple method is a callback from the project number', () => {
    const result = preview({ method: 'simple', extension: '0441112233', destination: '0671112233' });
    expect(result).toMatchObject({
      recordedAs: 'callback',
      whoCalled: '+380441112233',
      whereCalled: '+380671112233',
    });
    expect(result.clientSees).toContain('sees the project number +380441112233');
  });
});
