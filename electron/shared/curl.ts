import type { HttpRequest } from '../contract/callback-types';

/**
 * The request as a cURL command. The key is never in it: the header reads
 * `$RINGOSTAT_AUTH_KEY` from the shell, which the person sets themselves.
 */
export function toCurl(request: HttpRequest): string {
  const lines = [`curl -X ${request.method} ${shellQuote(request.url)}`];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() === 'user-agent') continue;
    lines.push(
      name.toLowerCase() === 'auth-key'
        ? `-H "${name}: $RINGOSTAT_AUTH_KEY"`
        : `-H ${shellQuote(`${name}: ${value}`)}`,
    );
  }
  if (request.body !== '') lines.push(`--data-raw ${shellQuote(request.body)}`);
  return lines.join(' \\\n  ');
}

/** Single quotes keep every character literal in a POSIX shell; a quote inside is closed, escaped and reopened. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
