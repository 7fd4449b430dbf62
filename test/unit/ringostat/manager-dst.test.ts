import { describe, expect, it } from 'vitest';
import { firstPartyFor, managerDstFor } from '../../../electron/ringostat/manager-dst';

describe('manager_dst follows the vendor’s two tables', () => {
  // out: 0 rings caller (client) first, 1 rings callee (employee) first;
  // in:  1 rings caller (client) first, 0 rings callee (employee) first.
  it.each([
    ['out', 'client', 0],
    ['out', 'employee', 1],
    ['in', 'client', 1],
    ['in', 'employee', 0],
  ] as const)('direction %s, %s first → manager_dst %i', (direction, first, value) => {
    expect(managerDstFor(direction, first)).toBe(value);
    expect(firstPartyFor(direction, value)).toBe(first);
  });
});
