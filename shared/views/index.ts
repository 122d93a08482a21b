/** Pure helpers for views (diagrams): names, and where elements go when a view is made or filled. */
export type { NodeBox } from './box';
export { overlaps } from './box';
export { nextViewName } from './nextViewName';
export {
  neighbourhoodOf,
  neighbourhoodLayout,
  type Neighbourhood,
  type NeighbourhoodLayoutInput,
} from './neighbourhood';
export { freeGridPlacements, type FreeGridInput, type FreeGridResult } from './freeGrid';
