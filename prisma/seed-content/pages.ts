import type { AboutCopy, HomeCopy } from "../../server/content-studio/schemas";
import { pageImages } from "./visuals";

const seededHero = pageImages.find((i) => i.page === "home" && i.slot === "hero");

/**
 * The copy of the home page and /about as it was hard-coded before the studio: seeded into PageCopy
 * once, and the pages' fallback if a row is missing. Images are PageImage rows, not copy.
 */
export const homeCopy: HomeCopy = {
  page: "home",
  heroEyebrow: "Design subscription for growing teams",
  heroHeading: "Design that ships, on a subscription.",
  heroText:
    "Queue as many requests as you like. Senior designers work them a few at a time and deliver every few days. One flat fee; pause or cancel whenever you want.",
  heroPrimaryCta: "Get Free Hero Redesign",
  heroSecondaryCta: "View pricing",
  servicesHeading: "What we design",
  customersHeading: "Customers",
  pricingHeading: "Pricing",
  pricingLink: "Compare plans",
  faqHeading: "Questions",
  faqLink: "All questions",
  glossaryHeading: "From the web design glossary",
  glossaryLink: "Browse the glossary",
  heroImage: seededHero?.src ?? "",
  heroImageAlt: seededHero?.alt ?? "",
  seoTitle: "",
  seoDescription: "",
  seoImage: "",
  seoImageAlt: "",
};

export const aboutCopy: AboutCopy = {
  page: "about",
  heading: "About us",
  intro:
    "Atelier started as three designers who were tired of quoting projects. Clients did not want projects — they wanted a team they could hand the next thing to, every week. So we became that team, for a flat monthly fee.",
  body: "Today we design and build marketing sites, product pages and design systems for software companies, shops and services. Clients add requests to a queue in their portal; we work them in order and deliver for review.",
  principlesHeading: "How we work",
  principles: [
    {
      title: "Senior people only",
      body: "The designer you talk to is the designer doing the work. No hand-offs to juniors, no account managers in between.",
    },
    {
      title: "Small batches, shipped often",
      body: "We work a few requests at a time and deliver every few days, so feedback is cheap and nothing sits in a drawer.",
    },
    {
      title: "Design that earns its keep",
      body: "Every page has a job — sign-ups, demos, sales. We design for that job and measure whether it works.",
    },
    {
      title: "You own everything",
      body: "Files, code and fonts you licensed are yours from the moment we deliver, whether you stay or go.",
    },
  ],
  ctaLabel: "View pricing",
  seoTitle: "",
  seoDescription:
    "Atelier is a small senior team of designers and developers who work as your in-house studio, by subscription.",
  seoImage: "",
  seoImageAlt: "",
};

export const pageCopies = { home: homeCopy, about: aboutCopy } as const;
