import { AppLink } from "../../components/app-link";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import type { ScaleBin, ScaleSeries } from "../../domain/charts/scale-series";
import type { YearSeries } from "../../domain/charts/year-series";
import { formatRangeValue } from "../../domain/query/active-filters";
import { useModelHref } from "../../state/use-view-state";

const labelOfGroup = (groups: readonly ChartGroup[], id: string) => groups.find((g) => g.id === id)?.label ?? id;

/** Each chart's data as a plain table: what a screen reader reads, and what a reviewer checks the picture against. */
export function ScaleDataTable({ series }: { readonly series: ScaleSeries }) {
  const href = useModelHref();
  if (series.bins) return <ScaleBinsTable bins={series.bins} groups={series.groups} />;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Pretraining cells by year, data</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Year</th>
          <th scope="col">Cells</th>
          <th scope="col">Parameters</th>
          <th scope="col">Venue</th>
          <th scope="col">Group</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((point) => (
          <tr key={point.id}>
            <th scope="row">
              <AppLink href={href(point.id)}>{point.name}</AppLink>
            </th>
            <td>{point.year}</td>
            <td className="number">{formatRangeValue("cells", point.cells)}</td>
            <td className="number">{point.params === null ? "unknown" : formatRangeValue("params", point.params)}</td>
            <td>{point.venue ?? "unknown"}</td>
            <td>{labelOfGroup(series.groups, point.group)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Past MAX_POINTS models the chart draws bins, and its table lists what is drawn: a bin per row. */
function ScaleBinsTable({
  bins,
  groups,
}: {
  readonly bins: readonly ScaleBin[];
  readonly groups: readonly ChartGroup[];
}) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Pretraining cells by year, binned, data</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Cells (bin centre)</th>
          <th scope="col">Models</th>
          <th scope="col">Most common group</th>
        </tr>
      </thead>
      <tbody>
        {bins.map((bin) => (
          <tr key={`${bin.year}:${bin.cells}`}>
            <th scope="row">{bin.year}</th>
            <td className="number">about {formatRangeValue("cells", bin.cells)}</td>
            <td className="number">{bin.count.toLocaleString("en-US")}</td>
            <td>{labelOfGroup(groups, bin.group)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function YearsDataTable({ series }: { readonly series: YearSeries }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Models per year, data</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Models</th>
          {series.groups.map((group) => (
            <th key={group.id} scope="col">
              {group.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.bars.map((bar) => (
          <tr key={bar.year}>
            <th scope="row">{bar.year}</th>
            <td className="number">{bar.models}</td>
            {series.groups.map((group) => (
              <td key={group.id} className="number">
                {bar.counts[group.id] ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
