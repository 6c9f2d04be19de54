import { AppLink } from "../../components/app-link";
import type { UnplacedModel } from "../../domain/charts/scale-series";
import { useModelHref } from "../../state/use-view-state";

/** The models the scale chart cannot place, counted beside it and listed on demand, each with the reason. */
export function UnplacedModels({ models }: { readonly models: readonly UnplacedModel[] }) {
  const href = useModelHref();
  if (models.length === 0) return <p className="unplaced">Every model shown has a year and a cell count.</p>;
  return (
    <details className="unplaced">
      <summary>
        {models.length} {models.length === 1 ? "model" : "models"} without a cell count or year
      </summary>
      <ul>
        {models.map((model) => (
          <li key={model.id}>
            <AppLink href={href(model.id)}>{model.name}</AppLink>
            {model.year === null ? "" : ` (${model.year})`}: {model.detail}
          </li>
        ))}
      </ul>
    </details>
  );
}
