/**
 * The views the explorer hosts, loaded on first use: Recharts is most of the charts' weight, and the table view
 * does not download it.
 */
import { lazy } from "react";
import type { ExplorerViews } from "../features/explore/explorer";

export const EXPLORER_VIEWS: ExplorerViews = {
  Charts: lazy(() => import("../features/charts/charts-view").then((module) => ({ default: module.ChartsView }))),
  Compare: lazy(() => import("../features/compare/compare-view")),
};
