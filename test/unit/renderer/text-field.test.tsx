// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from '../../../renderer/components/text-field';

afterEach(cleanup);

/** A field as a form holds it: what is typed is kept and given back. */
function Field({ error, hint, reserveNote }: { error?: string; hint?: string; reserveNote?: boolean }) {
  const [value, setValue] = useState('');
  const [left, setLeft] = useState(0);
  return (
    <>
      <TextField
        label="Caller"
        value={value}
        error={error}
        hint={hint}
        reserveNote={reserveNote}
        onChange={setValue}
        onBlur={() => setLeft((count) => count + 1)}
      />
      <output>{`typed ${value}, left ${left} times`}</output>
    </>
  );
}

describe('a text field', () => {
  it('is found by its label and gives back what is typed', async () => {
    render(<Field />);
    const input = screen.getByLabelText('Caller');
    await userEvent.type(input, '067 111');
    expect((input as HTMLInputElement).value).toBe('067 111');
    await userEvent.tab();
    expect(screen.getByText('typed 067 111, left 1 times')).toBeTruthy();
  });

  it('says its error under the value, marked invalid and read out with the field', () => {
    render(<Field error="Caller: fill this in." hint="will send 380671112233" />);
    const input = screen.getByLabelText('Caller');
    const error = screen.getByText('Caller: fill this in.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
    // The error wins: a hint about what would be sent is not shown beside it.
    expect(screen.queryByText('will send 380671112233')).toBeNull();
  });

  it('shows a hint, read out with the field, when there is no error', () => {
    render(<Field hint="will send 380671112233" />);
    const input = screen.getByLabelText('Caller');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('will send 380671112233').id);
  });

  it('is named by its words, with the API parameter beside it read as its description', () => {
    render(
      <TextField label="Клієнт: номер або SIP-логін" apiName="caller" value="" onChange={() => undefined} />,
    );
    const input = screen.getByRole('textbox', { name: 'Клієнт: номер або SIP-логін' });
    const parameter = screen.getByText('caller');
    expect(parameter.closest('label')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe(parameter.id);
  });

  it('keeps an empty line for its note when asked, so the page does not jump, and says nothing there', () => {
    const { container, rerender } = render(<Field reserveNote />);
    const space = container.querySelector('.field-note-space');
    expect(space?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByLabelText('Caller').getAttribute('aria-describedby')).toBeNull();
    rerender(<Field />);
    expect(container.querySelector('.field-note-space')).toBeNull();
  });
});
