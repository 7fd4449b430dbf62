/// <reference types="electron" />

/** The parts of a frame main reads to tell where a call came from. */
export interface StubFrame {
  url: string;
  parent: StubFrame | null;
}

/** An event that can be prevented, as Electron hands to `close`, `before-quit` and `will-quit` listeners. */
export function electronEvent<Params extends object>(params: Params): Electron.Event<Params> {
  let prevented = false;
  return Object.assign(
    {
      preventDefault: () => {
        prevented = true;
      },
      get defaultPrevented() {
        return prevented;
      },
    },
    params,
  );
}

/** A JSON copy that can cross to the test process: a function becomes "[function]". */
export function plain(value: unknown): unknown {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'function' ? '[function]' : item,
  );
  return JSON.parse(json ?? 'null') as unknown;
}

/**
 * Makes reading an export the stand-in lacks fail, naming it, instead of
 * quietly giving undefined: whatever main starts to use must be added here.
 */
export function strictModule<Exports extends object>(exports: Exports): Exports {
  const unknownExport = new Proxy(
    {},
    {
      get: (_target, key, receiver) => {
        if (typeof key === 'symbol' || key === 'then' || key in Object.prototype) {
          return Reflect.get(Object.prototype, key, receiver) as unknown;
        }
        throw new Error(
          `Main asked for electron.${key}, which the Electron stand-in does not have: add it to test/support/electron-stub.ts.`,
        );
      },
    },
  );
  return Object.setPrototypeOf(exports, unknownExport) as Exports;
}
