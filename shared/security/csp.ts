/**
 * The renderer's Content-Security-Policy, in one place: the Vite build writes
 * it into index.html and the Electron main process sends it as a header too.
 * Development adds only what Vite's dev server needs (inline preamble, HMR socket).
 */
export type CspMode = 'production' | 'development';

export function contentSecurityPolicy(mode: CspMode): string {
  const dev = mode === 'development';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // React Flow positions nodes with style attributes; Vite's dev server injects <style> tags.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev ? ["'self'", 'ws:', 'http://127.0.0.1:*', 'http://localhost:*'] : ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
