import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  fromCallbackForm,
  toCallbackForm,
  withMethod,
  type FormDraft,
} from '../../../renderer/form-draft';

const extended: FormDraft = {
  ...emptyDraft,
  extension: '380441112233',
  destination: '0671112233',
  caller: '067 111 22 33',
  callee: '101',
  calleeType: 'scheme',
  direction: 'in',
  first: 'client',
  utmSource: 'google',
  clientId: '111.222',
};

describe('the form as it goes to main', () => {
  it('carries only the chosen method’s fields', () => {
    expect(toCallbackForm({ ...extended, method: 'simple' })).toEqual({
      method: 'simple',
      extension: '380441112233',
      destination: '0671112233',
    });
    const form = toCallbackForm(extended);
    expect(form).toMatchObject({
      method: 'extended',
      caller: '067 111 22 33',
      callee: '101',
      calleeType: 'scheme',
    });
    expect(form).not.toHaveProperty('extension');
    expect(form).not.toHaveProperty('destination');
  });

  it('sends no manager_dst while “who rings first” decides, and the override as a number when set', () => {
    expect(toCallbackForm(extended)).toMatchObject({ managerDst: null, first: 'client' });
    expect(toCallbackForm({ ...extended, managerDst: '0' })).toMatchObject({ managerDst: 0 });
    expect(toCallbackForm({ ...extended, managerDst: '1' })).toMatchObject({ managerDst: 1 });
  });
});

describe('an earlier attempt’s form, cloned back into the form', () => {
  it('comes back as it was filled in, for either method', () => {
    for (const draft of [
      extended,
      { ...extended, managerDst: '0' as const },
      { ...extended, managerDst: '1' as const },
    ])
      expect(fromCallbackForm(toCallbackForm(draft))).toEqual({ ...draft, extension: '', destination: '' });
    const simple = {
      ...emptyDraft,
      method: 'simple' as const,
      extension: '380441112233',
      destination: '0671112233',
    };
    expect(fromCallbackForm(toCallbackForm(simple))).toEqual(simple);
  });

  it('fills what an older attempt left out with the form’s defaults', () => {
    expect(fromCallbackForm({ method: 'extended', caller: '0671112233', callee: 'sandbox_anna' })).toEqual({
      ...emptyDraft,
      caller: '0671112233',
      callee: 'sandbox_anna',
    });
  });
});

describe('changing the method', () => {
  it('carries the client between the extended caller and the simple destination, both ways', () => {
    const simple = withMethod({ ...emptyDraft, caller: '067 111 22 33', callee: '101' }, 'simple');
    expect(simple).toMatchObject({ method: 'simple', destination: '067 111 22 33', extension: '' });
    const back = withMethod({ ...simple, destination: 'sandbox_anna' }, 'extended');
    expect(back).toMatchObject({ method: 'extended', caller: 'sandbox_anna', callee: '101' });
  });

  it('keeps what the other method has no field for, and what an empty field would blank', () => {
    const simple: FormDraft = { ...extended, method: 'simple', destination: '' };
    // No client typed here: the caller typed before stays, and so does the extension for the way back.
    expect(withMethod(simple, 'extended')).toEqual({ ...extended, destination: '' });
    expect(withMethod(withMethod(simple, 'extended'), 'simple')).toMatchObject({
      extension: '380441112233',
      destination: '067 111 22 33',
    });
  });
});
