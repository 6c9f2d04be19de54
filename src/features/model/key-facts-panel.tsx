import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { ExternalLink } from "../../components/external-link";
import { useNames } from "../../components/names-context";
import { UnknownValue } from "../../components/unknown-value";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import type { EntryFacts } from "../../domain/catalog/schema";
import { disagreeingPaths, keyFacts, type Disagreement, type KeyFact } from "../../domain/provenance/key-facts";
import { wholeEntryQuery } from "./model-sources";
import "./model-page.css";

function DisagreeFlag({ disagreement }: { readonly disagreement: Disagreement }) {
  return (
    <a href={`#${disagreement.anchor}`} className="disagree-flag">
      <span aria-hidden="true">⚠ </span>Sources disagree
      <span className="visually-hidden"> on {disagreement.label}</span>
    </a>
  );
}

function FactValue({ fact }: { readonly fact: KeyFact }) {
  if (fact.value === "") return <UnknownValue />;
  // A package, hub id or image is something to type: it reads as code. A web address stays plain.
  const text = fact.id.startsWith("access.") ? <code>{fact.value}</code> : fact.value;
  return fact.url ? <ExternalLink href={fact.url}>{text}</ExternalLink> : <>{text}</>;
}

function FactItem({ fact }: { readonly fact: KeyFact }) {
  return (
    <div className="key-fact">
      <dt>{fact.label}</dt>
      <dd className={fact.estimated ? "estimated" : undefined}>
        <FactValue fact={fact} />
        {fact.disagreements.map((d) => (
          <DisagreeFlag key={d.path} disagreement={d} />
        ))}
      </dd>
    </div>
  );
}

interface Props {
  readonly catalog: LoadedCatalog;
  readonly entry: EntryFacts;
}

/**
 * What a reader scans first: the model's key facts, how to get it, and where its sources disagree. The facts show
 * at once; the disagreement flags come with the entry's provenance (the same query the sources below use).
 */
export function KeyFactsPanel({ catalog, entry }: Props) {
  const names = useNames();
  const whole = useQuery(wholeEntryQuery(catalog, entry));
  const disagreeing = useMemo(() => (whole.data ? disagreeingPaths(whole.data) : []), [whole.data]);
  const facts = useMemo(() => keyFacts(entry, names, disagreeing), [entry, names, disagreeing]);
  const others = facts.elsewhere;
  return (
    <section className="key-facts" aria-labelledby="key-facts-heading">
      <h2 id="key-facts-heading">Key facts</h2>
      <dl className="key-facts-list">
        {facts.facts.map((fact) => (
          <FactItem key={fact.id} fact={fact} />
        ))}
      </dl>
      <h3 id="get-it-heading">How to get it</h3>
      {facts.access.length === 0 ? (
        <p>
          <UnknownValue text="unknown: no package, model hub, container or weights link is listed" />
        </p>
      ) : (
        <dl className="key-facts-list" aria-labelledby="get-it-heading">
          {facts.access.map((fact) => (
            <FactItem key={fact.id} fact={fact} />
          ))}
        </dl>
      )}
      {facts.listedIn.length > 0 ? (
        <p className="listed-in">
          <span className="key-fact-label">Listed in</span> {facts.listedIn.join("; ")}
        </p>
      ) : null}
      {others.length > 0 ? (
        <p className="disagree-summary">
          Sources {facts.disagreements.length > others.length ? "also " : ""}disagree on{" "}
          {others.map((d, i) => (
            <span key={d.path}>
              {i > 0 ? ", " : null}
              <a href={`#${d.anchor}`}>{d.label}</a>
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}
