import { AppLink } from "../../components/app-link";
import type { UnplacedModel } from "../../domain/charts/scale-series";
import { modelPath } from "../../domain/url/routes";

/** The models the scale chart cannot place, counted beside it and listed on demand, each with the reason. */
export function UnplacedModels({ models }: { readonly models: readonly UnplacedModel[] }) {
  if (models.length === 0) return <p className="unplaced">Every model shown has a year and a cell count.</p>;
  return (
    <details className="unplaced">
      <summary>
        {models.length} {models.length === 1 ? "model" : "models"} without a cell count or year
      </summary>
      <ul>
        {models.map((model) => (
          <li key={model.id}>
            <AppLink href={modelPath(model.id, import.meta.env.BASE_URL)}>{model.name}</AppLink>
            {model.year === null ? "" : ` (${model.year})`}: {model.detail}
          </li>
        ))}
      </ul>
    </details>
  );
}
