import { AppLink } from "../../components/app-link";
import { LazyDetails } from "../../components/lazy-details";
import type { UnplacedModel } from "../../domain/charts/scale-series";
import { useModelHref } from "../../state/use-view-state";

/** Past this many, the list says how many more there are: a page of 25,000 links helps nobody. */
const MAX_LISTED = 500;

/** The models the scale chart cannot place, counted beside it and listed on demand, each with the reason. */
export function UnplacedModels({ models }: { readonly models: readonly UnplacedModel[] }) {
  const href = useModelHref();
  if (models.length === 0) return <p className="unplaced">Every model shown has a year and a cell count.</p>;
  return (
    <LazyDetails
      className="unplaced"
      summary={`${models.length.toLocaleString("en-US")} ${models.length === 1 ? "model" : "models"} without a cell count or year`}
    >
      <ul>
        {models.slice(0, MAX_LISTED).map((model) => (
          <li key={model.id}>
            <AppLink href={href(model.id)}>{model.name}</AppLink>
            {model.year === null ? "" : ` (${model.year})`}: {model.detail}
          </li>
        ))}
      </ul>
      {models.length > MAX_LISTED ? (
        <p>
          The first {MAX_LISTED.toLocaleString("en-US")} are listed; filter to narrow the other{" "}
          {(models.length - MAX_LISTED).toLocaleString("en-US")}.
        </p>
      ) : null}
    </LazyDetails>
  );
}
