import { AppLink } from "../../components/app-link";
import { LazyDetails } from "../../components/lazy-details";
import { UNPLACED_LISTED, type UnplacedModel } from "../../domain/charts/scale-series";
import { useModelHref } from "../../state/use-view-state";

/** The models the scale chart cannot place, counted beside it and listed on demand, each with the reason. */
export function UnplacedModels({
  models,
  total,
}: {
  readonly models: readonly UnplacedModel[];
  readonly total: number;
}) {
  const href = useModelHref();
  if (total === 0) return <p className="unplaced">Every model shown has a year and a cell count.</p>;
  return (
    <LazyDetails
      className="unplaced"
      summary={`${total.toLocaleString("en-US")} ${total === 1 ? "model" : "models"} without a cell count or year`}
    >
      <ul>
        {models.map((model) => (
          <li key={model.id}>
            <AppLink href={href(model.id)}>{model.name}</AppLink>
            {model.year === null ? "" : ` (${model.year})`}: {model.detail}
          </li>
        ))}
      </ul>
      {total > models.length ? (
        <p>
          The first {UNPLACED_LISTED.toLocaleString("en-US")} are listed; filter to narrow the other{" "}
          {(total - models.length).toLocaleString("en-US")}.
        </p>
      ) : null}
    </LazyDetails>
  );
}
