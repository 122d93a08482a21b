/** The palette: kinds by section, sections in palette order, kinds in catalogue order. */
import { KIND_IDS } from '../kinds';
import { PALETTE_GROUPS, type Catalogue, type KindDef, type PaletteGroup } from '../types';

export interface PaletteSection {
  group: PaletteGroup;
  kinds: KindDef[];
}

/** Kinds users can place; imported-only kinds (generic CI) are left out. */
export function placeableKinds(catalogue: Catalogue): KindDef[] {
  return KIND_IDS.map((id) => catalogue.kinds[id]).filter((kind) => !kind.hiddenFromPalette);
}

export function kindsByPaletteGroup(catalogue: Catalogue): PaletteSection[] {
  const kinds = placeableKinds(catalogue);
  return PALETTE_GROUPS.map((group) => ({
    group,
    kinds: kinds.filter((kind) => kind.paletteGroup === group),
  })).filter((section) => section.kinds.length > 0);
}
