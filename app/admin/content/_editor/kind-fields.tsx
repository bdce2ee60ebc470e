"use client";

import type {
  AboutCopy,
  FaqDraft,
  GlossaryDraft,
  HomeCopy,
  PostDraft,
  ServiceDraft,
  StoryDraft,
} from "@/server/content-studio/schemas";
import { glossaryCategories } from "@/server/glossary/schemas";
import { inputClass, secondaryButtonClass } from "../../../_components/ui";
import { ListField, TextField } from "./fields";
import { ImageField } from "./image-field";
import { MarkdownField } from "./markdown-field";

type Errors = Record<string, string | undefined>;
interface Props<D> {
  data: D;
  set: (patch: Partial<D>) => void;
  errors: Errors;
}

/** The item's address; every kind with a page has one. */
function SlugField({ base, data, set, errors }: Props<{ slug: string }> & { base: string }) {
  return (
    <TextField
      id="f-slug"
      label="Address (slug)"
      value={data.slug}
      onChange={(slug) => set({ slug })}
      error={errors.slug}
      hint={`${base}/${data.slug || "…"} — changing it keeps a permanent redirect from the old address.`}
    />
  );
}

const firstUnder = (errors: Errors, prefix: string) =>
  Object.entries(errors).find(([k]) => k === prefix || k.startsWith(`${prefix}.`))?.[1];

export function GlossaryFields({ data, set, errors }: Props<GlossaryDraft>) {
  const setSection = (i: number, patch: Partial<GlossaryDraft["sections"][number]>) =>
    set({ sections: data.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const move = (i: number, by: number) => {
    const next = [...data.sections];
    const [moved] = next.splice(i, 1);
    if (moved) next.splice(i + by, 0, moved);
    set({ sections: next });
  };
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="f-term" label="Term" value={data.term} onChange={(term) => set({ term })} error={errors.term} />
        <TextField
          id="f-pronunciation"
          label="Pronunciation"
          value={data.pronunciation}
          onChange={(pronunciation) => set({ pronunciation })}
          error={errors.pronunciation}
        />
        <SlugField base="/glossary" {...{ data, set, errors }} />
        <div>
          <label htmlFor="f-category" className="text-sm font-medium">
            Category
          </label>
          <select
            id="f-category"
            className={inputClass}
            value={data.category}
            onChange={(e) => set({ category: e.target.value as GlossaryDraft["category"] })}
          >
            {glossaryCategories.map((c) => (
              <option key={c} value={c}>
                {c === "seo" ? "SEO" : c[0]?.toUpperCase() + c.slice(1)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField
        id="f-summary"
        label="Definition (one paragraph)"
        value={data.summary}
        onChange={(summary) => set({ summary })}
        error={errors.summary}
        textarea
      />
      <fieldset className="space-y-4">
        <legend className="text-sm font-medium">Sections</legend>
        {firstUnder(errors, "sections") && !errors["sections.0.heading"] && errors.sections && (
          <p className="text-sm text-red-700 dark:text-red-400">{errors.sections}</p>
        )}
        {data.sections.map((section, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id; order is their identity
          <div key={i} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
            <TextField
              id={`f-section-${i}-heading`}
              label={`Section ${i + 1} heading`}
              value={section.heading}
              onChange={(heading) => setSection(i, { heading })}
              error={errors[`sections.${i}.heading`]}
            />
            <div className="mt-3">
              <MarkdownField
                id={`f-section-${i}-body`}
                label={`Section ${i + 1} text (markdown)`}
                value={section.body}
                onChange={(body) => setSection(i, { body })}
                error={errors[`sections.${i}.body`]}
              />
            </div>
            <div className="mt-3 flex flex-wrap gap-2 text-sm">
              <button type="button" className={secondaryButtonClass} disabled={i === 0} onClick={() => move(i, -1)}>
                Move up
              </button>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={i === data.sections.length - 1}
                onClick={() => move(i, 1)}
              >
                Move down
              </button>
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => set({ sections: data.sections.filter((_, j) => j !== i) })}
              >
                Remove section {i + 1}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={data.sections.length >= 20}
          onClick={() => set({ sections: [...data.sections, { heading: "", body: "" }] })}
        >
          Add a section
        </button>
      </fieldset>
      <ListField
        id="f-related"
        label="Related terms (slugs, separated by commas)"
        value={data.related}
        onChange={(related) => set({ related })}
        error={firstUnder(errors, "related")}
        hint="For example: api, database. A link to a term that does not exist stops publishing."
      />
    </div>
  );
}

export function PostFields({ data, set, errors }: Props<PostDraft>) {
  return (
    <div className="space-y-5">
      <TextField
        id="f-title"
        label="Title"
        value={data.title}
        onChange={(title) => set({ title })}
        error={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SlugField base="/blog" {...{ data, set, errors }} />
        <TextField
          id="f-author"
          label="Author"
          value={data.author}
          onChange={(author) => set({ author })}
          error={errors.author}
        />
      </div>
      <TextField
        id="f-excerpt"
        label="Excerpt (shown on the blog index)"
        value={data.excerpt}
        onChange={(excerpt) => set({ excerpt })}
        error={errors.excerpt}
        textarea
      />
      <MarkdownField
        id="f-body"
        label="Text (markdown)"
        value={data.body}
        onChange={(body) => set({ body })}
        error={errors.body}
        height={420}
      />
      <ImageField
        id="f-cover"
        label="Cover image"
        {...{ data, set, errors }}
        pathKey="coverImage"
        altKey="coverAlt"
        altHint="Required to publish with a cover image."
      />
      <ListField
        id="f-tags"
        label="Tags (separated by commas)"
        value={data.tags}
        onChange={(tags) => set({ tags })}
        error={firstUnder(errors, "tags")}
      />
    </div>
  );
}

export function FaqFields({ data, set, errors }: Props<FaqDraft>) {
  return (
    <div className="space-y-5">
      <TextField
        id="f-question"
        label="Question"
        value={data.question}
        onChange={(question) => set({ question })}
        error={errors.question}
      />
      <TextField
        id="f-category"
        label="Group"
        value={data.category}
        onChange={(category) => set({ category })}
        error={errors.category}
        hint="Subscriptions, Billing, Process, Hero redesign or Technical — or a new group."
      />
      <MarkdownField
        id="f-answer"
        label="Answer (markdown)"
        value={data.answer}
        onChange={(answer) => set({ answer })}
        error={errors.answer}
      />
    </div>
  );
}

export function ServiceFields({ data, set, errors }: Props<ServiceDraft>) {
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="f-name" label="Name" value={data.name} onChange={(name) => set({ name })} error={errors.name} />
        <SlugField base="/services" {...{ data, set, errors }} />
      </div>
      <TextField
        id="f-summary"
        label="Summary"
        value={data.summary}
        onChange={(summary) => set({ summary })}
        error={errors.summary}
        textarea
      />
      <MarkdownField
        id="f-body"
        label="Description (markdown)"
        value={data.body}
        onChange={(body) => set({ body })}
        error={errors.body}
        height={360}
      />
      <ListField
        id="f-deliverables"
        label="Deliverables (separated by commas)"
        value={data.deliverables}
        onChange={(deliverables) => set({ deliverables })}
        error={firstUnder(errors, "deliverables")}
      />
      <ImageField
        id="f-image"
        label="Image"
        {...{ data, set, errors }}
        pathKey="imagePath"
        altKey="imageAlt"
        altHint="Required to publish with an image."
      />
    </div>
  );
}

export function StoryFields({ data, set, errors }: Props<StoryDraft>) {
  const setResult = (i: number, patch: Partial<StoryDraft["results"][number]>) =>
    set({ results: data.results.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="f-customer"
          label="Customer"
          value={data.customer}
          onChange={(customer) => set({ customer })}
          error={errors.customer}
        />
        <TextField
          id="f-industry"
          label="Industry"
          value={data.industry}
          onChange={(industry) => set({ industry })}
          error={errors.industry}
        />
        <SlugField base="/customers" {...{ data, set, errors }} />
        <ListField
          id="f-services"
          label="Services (slugs, separated by commas)"
          value={data.serviceSlugs}
          onChange={(serviceSlugs) => set({ serviceSlugs })}
          error={firstUnder(errors, "serviceSlugs")}
        />
      </div>
      <TextField
        id="f-summary"
        label="Summary"
        value={data.summary}
        onChange={(summary) => set({ summary })}
        error={errors.summary}
        textarea
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="f-quote"
          label="Quote"
          value={data.quote}
          onChange={(quote) => set({ quote })}
          error={errors.quote}
          textarea
        />
        <TextField
          id="f-quote-author"
          label="Quote by"
          value={data.quoteAuthor}
          onChange={(quoteAuthor) => set({ quoteAuthor })}
          error={errors.quoteAuthor}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Results</legend>
        {errors.results && <p className="text-sm text-red-700 dark:text-red-400">{errors.results}</p>}
        {data.results.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: results have no id; order is their identity
          <div key={i} className="grid items-end gap-3 sm:grid-cols-[1fr_10rem_auto]">
            <TextField
              id={`f-result-${i}-label`}
              label={`Result ${i + 1} label`}
              value={r.label}
              onChange={(label) => setResult(i, { label })}
              error={errors[`results.${i}.label`]}
            />
            <TextField
              id={`f-result-${i}-value`}
              label={`Result ${i + 1} value`}
              value={r.value}
              onChange={(value) => setResult(i, { value })}
              error={errors[`results.${i}.value`]}
            />
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => set({ results: data.results.filter((_, j) => j !== i) })}
            >
              Remove result {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={data.results.length >= 6}
          onClick={() => set({ results: [...data.results, { label: "", value: "" }] })}
        >
          Add a result
        </button>
      </fieldset>
      <MarkdownField
        id="f-body"
        label="Story (markdown)"
        value={data.body}
        onChange={(body) => set({ body })}
        error={errors.body}
        height={360}
      />
      <ImageField
        id="f-before"
        label="Before image"
        {...{ data, set, errors }}
        pathKey="beforePath"
        altKey="beforeAlt"
        altHint="The customer's old site. Required to publish with a before image."
      />
      <ImageField
        id="f-after"
        label="After image"
        {...{ data, set, errors }}
        pathKey="imagePath"
        altKey="imageAlt"
        altHint="The site after our work, also the story's card. Required to publish with it."
      />
    </div>
  );
}

type HomeKey = Exclude<
  keyof HomeCopy,
  "page" | "seoTitle" | "seoDescription" | "seoImage" | "seoImageAlt" | "heroImage" | "heroImageAlt"
>;
const homeFields: { key: HomeKey; label: string; textarea?: boolean; isOptional?: boolean }[] = [
  { key: "heroEyebrow", label: "Hero: line above the heading", isOptional: true },
  { key: "heroHeading", label: "Hero: heading" },
  { key: "heroText", label: "Hero: text", textarea: true },
  { key: "heroPrimaryCta", label: "Hero: main button (to the free hero redesign)" },
  { key: "heroSecondaryCta", label: "Hero: second button (to /pricing)" },
  { key: "servicesHeading", label: "Services: heading" },
  { key: "customersHeading", label: "Customers: heading" },
  { key: "pricingHeading", label: "Pricing: heading" },
  { key: "pricingLink", label: "Pricing: link to /pricing" },
  { key: "faqHeading", label: "Questions: heading" },
  { key: "faqLink", label: "Questions: link to /faq" },
  { key: "glossaryHeading", label: "Glossary: heading" },
  { key: "glossaryLink", label: "Glossary: link to /glossary" },
];

/** The home page's copy; its lists come from their own kinds. */
export function HomeCopyFields({ data, set, errors }: Props<HomeCopy>) {
  return (
    <div className="space-y-5">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        The words and the hero picture of the home page and, below, its social image. Services, stories (with their
        pictures), plans and questions come from their own tabs.
      </p>
      <ImageField
        id="f-hero-image"
        label="Hero picture"
        {...{ data, set, errors }}
        pathKey="heroImage"
        altKey="heroImageAlt"
        altHint="Beside the heading on every screen, and the page's largest picture. Required to publish with it."
      />
      {homeFields.map((f) => (
        <TextField
          key={f.key}
          id={`f-${f.key}`}
          label={f.label}
          value={data[f.key]}
          onChange={(value) => set({ [f.key]: value } as Partial<HomeCopy>)}
          error={errors[f.key]}
          textarea={f.textarea}
          isOptional={f.isOptional}
        />
      ))}
    </div>
  );
}

export function AboutCopyFields({ data, set, errors }: Props<AboutCopy>) {
  const setPrinciple = (i: number, patch: Partial<AboutCopy["principles"][number]>) =>
    set({ principles: data.principles.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <div className="space-y-5">
      <TextField
        id="f-heading"
        label="Heading"
        value={data.heading}
        onChange={(heading) => set({ heading })}
        error={errors.heading}
      />
      <TextField
        id="f-intro"
        label="Opening paragraph"
        value={data.intro}
        onChange={(intro) => set({ intro })}
        error={errors.intro}
        textarea
      />
      <TextField
        id="f-body"
        label="Second paragraph"
        value={data.body}
        onChange={(body) => set({ body })}
        error={errors.body}
        textarea
        isOptional
      />
      <TextField
        id="f-principlesHeading"
        label="Principles: heading"
        value={data.principlesHeading}
        onChange={(principlesHeading) => set({ principlesHeading })}
        error={errors.principlesHeading}
      />
      <fieldset className="space-y-4">
        <legend className="text-sm font-medium">Principles</legend>
        {errors.principles && <p className="text-sm text-red-700 dark:text-red-400">{errors.principles}</p>}
        {data.principles.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: principles have no id; order is their identity
          <div key={i} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
            <TextField
              id={`f-principle-${i}-title`}
              label={`Principle ${i + 1}: title`}
              value={p.title}
              onChange={(title) => setPrinciple(i, { title })}
              error={errors[`principles.${i}.title`]}
            />
            <div className="mt-3">
              <TextField
                id={`f-principle-${i}-body`}
                label={`Principle ${i + 1}: text`}
                value={p.body}
                onChange={(body) => setPrinciple(i, { body })}
                error={errors[`principles.${i}.body`]}
                textarea
              />
            </div>
            <button
              type="button"
              className={`${secondaryButtonClass} mt-3 text-sm`}
              onClick={() => set({ principles: data.principles.filter((_, j) => j !== i) })}
            >
              Remove principle {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={data.principles.length >= 8}
          onClick={() => set({ principles: [...data.principles, { title: "", body: "" }] })}
        >
          Add a principle
        </button>
      </fieldset>
      <TextField
        id="f-ctaLabel"
        label="Button to /pricing"
        value={data.ctaLabel}
        onChange={(ctaLabel) => set({ ctaLabel })}
        error={errors.ctaLabel}
      />
    </div>
  );
}
