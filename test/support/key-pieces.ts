import { keyForms } from '../../electron/shared/redact';

/**
 * Every piece of the key (8 characters or more, in any form a server may
 * write it) found anywhere in a value: its strings, JSON inside its strings
 * (decoded, so `\u` escapes are read too), or a file's text. Empty when the
 * key left no trace.
 */
export function keyPieces(value: unknown, key: string, size = 8): string[] {
  const windows = new Set<string>();
  for (const form of keyForms(key)) {
    for (let start = 0; start + size <= form.length; start += 1) windows.add(form.slice(start, start + size));
  }
  const found = new Set<string>();
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      for (const window of windows) if (item.includes(window)) found.add(window);
      const decoded = parseJson(item);
      if (decoded !== undefined && typeof decoded !== 'string') visit(decoded);
      return;
    }
    if (Array.isArray(item)) item.forEach(visit);
    else if (typeof item === 'object' && item !== null) {
      for (const [name, inner] of Object.entries(item)) {
        visit(name);
        visit(inner);
      }
    }
  };
  visit(value);
  return [...found];
}

function parseJson(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
