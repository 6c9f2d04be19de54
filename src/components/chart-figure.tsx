import { ErrorBoundary } from "./error-boundary";
import { LazyDetails } from "./lazy-details";
import { useId, useRef, useState, type ReactNode } from "react";
import { chartFileName } from "../domain/charts/file-name";
import { downloadBlob } from "../lib/download";
import { svgTextToPng, svgToPng, svgToString } from "../lib/svg-image";

/** A drawing that is not an SVG on the page (the coverage matrix is a table) gives its picture as SVG text. */
export interface ChartImage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

interface Props {
  readonly title: string;
  /** What the chart shows, for its caption and its file name, e.g. "Pretraining cells by year". */
  readonly what: string;
  readonly caption: ReactNode;
  readonly summary: string;
  readonly controls?: ReactNode;
  readonly aside?: ReactNode;
  /** The data as a table, where the drawing is not one already. */
  readonly dataTable?: ReactNode;
  /** The picture to download, where the drawing is not an SVG; it is given the page's background colour. */
  readonly image?: (background: string) => ChartImage;
  readonly date: string;
  readonly children: ReactNode;
}

/** A chart as a figure: caption, controls, the drawing, a text summary, its data as a table, PNG and SVG downloads. */
export function ChartFigure({
  title,
  what,
  caption,
  summary,
  controls,
  aside,
  dataTable,
  image,
  date,
  children,
}: Props) {
  const captionId = useId();
  const drawing = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (extension: "png" | "svg") => {
    const background = getComputedStyle(document.documentElement).getPropertyValue("--bg").trim() || "#ffffff";
    // The chart is Recharts' first surface; the strip of unplaced models, the brush and the legend are extras.
    const svg = drawing.current?.querySelector<SVGSVGElement>(".chart-surface svg.recharts-surface");
    const picture = image?.(background);
    if (!svg && !picture) return;
    try {
      let blob: Blob;
      if (picture)
        blob =
          extension === "svg"
            ? new Blob([picture.text], { type: "image/svg+xml" })
            : await svgTextToPng(picture.text, picture.width, picture.height);
      else
        blob =
          extension === "svg"
            ? new Blob([svgToString(svg!, background)], { type: "image/svg+xml" })
            : await svgToPng(svg!, background);
      downloadBlob(blob, chartFileName(what, date, extension));
      setFailure(null);
    } catch (error) {
      setFailure(`The ${extension.toUpperCase()} could not be made: ${(error as Error).message}`);
    }
  };

  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span className="chart-title">{title}</span> <span className="chart-caption">{caption}</span>
      </figcaption>
      <div className="chart-controls">
        {controls}
        <span className="chart-downloads" role="group" aria-label={`Download ${title}`}>
          <button type="button" onClick={() => void download("png")} aria-label={`Download ${title} as PNG`}>
            PNG
          </button>
          <button type="button" onClick={() => void download("svg")} aria-label={`Download ${title} as SVG`}>
            SVG
          </button>
        </span>
      </div>
      {failure ? (
        <p role="alert" className="failure">
          {failure}
        </p>
      ) : null}
      <div className="chart-body">
        <div ref={drawing} className="chart-drawing">
          <ErrorBoundary label="This chart">{children}</ErrorBoundary>
        </div>
        {aside}
      </div>
      <p className="chart-summary">{summary}</p>
      {dataTable ? (
        <LazyDetails className="chart-data" summary={`${title}: the data as a table`}>
          {dataTable}
        </LazyDetails>
      ) : null}
    </figure>
  );
}
