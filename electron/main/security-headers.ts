/** Response headers the main process adds to everything the window loads. */

/**
 * Replaces any Content-Security-Policy the server sent (in any letter case)
 * with ours, keeping the other headers.
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string | string[]>>,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
