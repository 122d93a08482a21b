/**
 * Where imported elements go in their new view: bands by CSDM layer (the
 * catalogue's `layer`: capabilities and portfolios at the top, Foundation
 * records at the bottom), elements side by side in input order, wrapping
 * into several rows when a band is wide. The renderer's ELK auto-layout can
 * tidy it afterwards.
 */
import type { Catalogue } from '../../csdm/types';
import { setEntry } from '../../model/internal/records';
import { DEFAULT_NODE_SIZE } from '../../model/sizes';
import type { Element, Id, Placement } from '../../model/types';

const GAP_X = 40;
const GAP_Y = 40;
const BAND_GAP = 120;
const MAX_PER_ROW = 60;

export function layeredPlacements(catalogue: Catalogue, elements: readonly Element[]): Record<Id, Placement> {
  const bands = new Map<number, Element[]>();
  for (const element of elements) {
    const layer = catalogue.kinds[element.kind].layer;
    const band = bands.get(layer);
    if (band) band.push(element);
    else bands.set(layer, [element]);
  }
  const { width, height } = DEFAULT_NODE_SIZE;
  const placements: Record<Id, Placement> = {};
  let top = 0;
  for (const layer of [...bands.keys()].sort((a, b) => a - b)) {
    const band = bands.get(layer) as Element[];
    const perRow = Math.min(MAX_PER_ROW, Math.max(8, Math.ceil(Math.sqrt(band.length) * 2)));
    band.forEach((element, i) => {
      setEntry(placements, element.id, {
        x: (i % perRow) * (width + GAP_X),
        y: top + Math.floor(i / perRow) * (height + GAP_Y),
        width,
        height,
      });
    });
    top += Math.ceil(band.length / perRow) * (height + GAP_Y) - GAP_Y + BAND_GAP;
  }
  return placements;
}
