/**
 * Exact text (a request, an answer) in a scrollable box. It can take focus, so
 * a keyboard can scroll it too; the label says what it holds.
 */
export function RawText({
  label,
  children,
  className,
}: {
  label: string;
  children: string;
  className?: string;
}) {
  return (
    <pre className={className ? `raw ${className}` : 'raw'} tabIndex={0} role="region" aria-label={label}>
      {children}
    </pre>
  );
}
