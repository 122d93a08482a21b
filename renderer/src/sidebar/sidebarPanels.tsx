/**
 * The left sidebar's panels, in tab order. Adding a panel is one entry here;
 * the sidebar, its tabs and the "Show …" commands all read this list.
 */
import type { ComponentType } from 'react';
import { Gauge, ListTree, Shapes } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import { PalettePanel } from '../app/PalettePanel';
import { NavigatorPanel } from '../navigator/NavigatorPanel';
import { HealthPanel } from '../health/HealthPanel';

export type SidebarPanelId = 'palette' | 'navigator' | 'health';

export interface SidebarPanel {
  id: SidebarPanelId;
  label: string;
  icon: LucideIcon;
  /** Renders the panel body; it names itself as a landmark (aside aria-label). */
  Component: ComponentType;
}

export const SIDEBAR_PANELS: readonly SidebarPanel[] = [
  { id: 'palette', label: 'Palette', icon: Shapes, Component: PalettePanel },
  { id: 'navigator', label: 'Navigator', icon: ListTree, Component: NavigatorPanel },
  { id: 'health', label: 'Health', icon: Gauge, Component: HealthPanel },
];
