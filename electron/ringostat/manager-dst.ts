import type { Direction, FirstParty, ManagerDst } from '../contract/callback-types';

/*
 * The vendor page gives two tables that read differently per direction
 * (`caller` is the client, `callee` the employee):
 *   direction out: 0 rings caller first, 1 rings callee first
 *   direction in:  1 rings caller first, 0 rings callee first
 */

/** The `manager_dst` value that makes `first` ring first for this direction. */
export function managerDstFor(direction: Direction, first: FirstParty): ManagerDst {
  const clientFirst = first === 'client';
  if (direction === 'out') return clientFirst ? 0 : 1;
  return clientFirst ? 1 : 0;
}

/** Who a given raw `manager_dst` rings first for this direction. */
export function firstPartyFor(direction: Direction, managerDst: ManagerDst): FirstParty {
  return managerDstFor(direction, 'client') === managerDst ? 'client' : 'employee';
}
