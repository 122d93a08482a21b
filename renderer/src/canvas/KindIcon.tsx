/**
 * A CSDM class icon from assets/icons, drawn as a CSS mask so it takes the
 * current text colour in both themes without inlining SVG markup.
 */
import { memo } from 'react';

const ICON_URLS = import.meta.glob<string>('../../../assets/icons/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

const byName = new Map(
  Object.entries(ICON_URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), url]),
);

export function iconUrl(icon: string): string | undefined {
  return byName.get(icon) ?? byName.get('generic-ci');
}

export const KindIcon = memo(function KindIcon({ icon, size = 16 }: { icon: string; size?: number }) {
  const url = iconUrl(icon);
  return (
    <span
      className="kind-icon"
      aria-hidden
      style={{ width: size, height: size, maskImage: url ? `url("${url}")` : undefined }}
    />
  );
});
