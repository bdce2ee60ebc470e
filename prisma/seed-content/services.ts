import type { ServiceSeed } from "./types";

export const services: ServiceSeed[] = [
  {
    slug: "web-design",
    name: "Website Design",
    summary: "Marketing websites that explain what you do in seconds and turn visitors into customers.",
    body: `Your website is often the first real conversation a customer has with your company. We design sites that make that conversation easy: clear messaging, confident visuals and a structure that guides visitors toward the next step.

We start with what your customers need to understand, not with a template. Every page is designed for desktop and mobile, built from reusable sections, and shaped around the actions that matter to your business, from trial sign-ups to demo requests.

Large sites are delivered as a sequence of focused requests, so you see progress every few days and can launch in stages instead of waiting for one big reveal.

## What you get

- A sitemap and page structure based on your goals and audience.
- Wireframes for key pages before visual design begins.
- High-fidelity desktop and mobile designs for every page.
- Headline and copy suggestions to sharpen your messaging.
- A reusable section library so new pages stay on brand.
- Accessibility and performance checks built into each design.
- Organized Figma files ready for development.

## Ideal for

Startups preparing a launch or funding announcement, companies whose site no longer reflects their product, and marketing teams who need a site that is easy to extend without a designer on every change.`,
    deliverables: [
      "Sitemap and page structure",
      "Wireframes for key pages",
      "Desktop and mobile designs",
      "Copy and headline suggestions",
      "Reusable section library",
      "Developer-ready Figma files",
    ],
  },
  {
    slug: "landing-pages",
    name: "Landing Pages",
    summary: "Focused, fast campaign pages designed around one audience, one offer and one action.",
    body: `A great campaign deserves a page built for it. Sending paid traffic to your homepage wastes budget, because visitors land on a page written for everyone. We design landing pages that match the promise of your ad or email and lead visitors to a single, clear action.

Each page is planned around its audience and offer. We look at where the traffic comes from, what visitors already know and what might stop them from converting, then design a page that answers those questions in the right order.

Because landing pages are small and targeted, they are perfect for a subscription. Many clients run a steady rhythm of new pages and variations, learning from each campaign and improving the next.

## What you get

- A message hierarchy tailored to the campaign and audience.
- Desktop and mobile designs with a single, repeated call to action.
- Copywriting support for headlines, benefits and objections.
- Variations for A/B tests when you want to compare ideas.
- Lightweight, performance-minded layouts that load fast on phones.
- Optional build in Webflow or Next.js, connected to your forms and analytics.

## Ideal for

Product launches, paid acquisition campaigns, webinars and events, partner pages and any offer that deserves more focus than a homepage section can give.`,
    deliverables: [
      "Campaign message hierarchy",
      "Desktop and mobile landing page designs",
      "Headline and copy support",
      "A/B test variations",
      "Optional Webflow or Next.js build",
    ],
  },
  {
    slug: "design-systems",
    name: "Design Systems",
    summary: "A shared library of tokens and components that keeps your product and website consistent as you grow.",
    body: `When every page is designed from scratch, small inconsistencies pile up and new work takes longer than it should. A design system gives your team one set of decisions to build on, so buttons, forms, colors and spacing are consistent everywhere and new pages come together quickly.

We build systems sized for your team. For most startups that means a lean foundation of tokens and the components you actually use, not a sprawling library nobody maintains. We set it up in Figma and, if you like, in code, with matching names so designers and developers speak the same language.

After launch, your subscription keeps the system healthy: new components when patterns repeat, clean-up when things drift and clear notes when anything changes.

## What you get

- An audit of your existing interface and its inconsistencies.
- Design tokens for color, typography, spacing, radius and shadow.
- A core component library with every state designed.
- Layout patterns for common sections and pages.
- Short, practical usage guidelines.
- Optional coded components in React with TypeScript.
- Ongoing maintenance as part of your subscription.

## Ideal for

Growing product teams, companies whose marketing site and app feel disconnected, and teams preparing to scale their design output without adding headcount.`,
    deliverables: [
      "Interface audit",
      "Design tokens",
      "Figma component library",
      "Layout patterns",
      "Usage guidelines",
      "Optional React component library",
    ],
  },
  {
    slug: "brand-identity",
    name: "Brand Identity",
    summary:
      "A distinctive visual identity, from logo to color and type, that works everywhere your customers meet you.",
    body: `A strong brand makes a young company feel established and an established company feel fresh. We create identities that are memorable, practical and ready for digital use from day one, so they work just as well in a browser tab as on a conference banner.

We begin by understanding your positioning, your audience and the competitors you are measured against. From there, we explore a small number of distinct directions, refine the strongest one with you, and turn it into a system your whole team can use with confidence.

Brand work fits naturally into a subscription, because an identity is never really finished. Once the foundations are set, we can roll them out across your website, product, decks and campaigns.

## What you get

- A short positioning and personality workshop.
- Logo design with primary, secondary and icon versions.
- A color palette with accessible pairings.
- Typography selection and a type scale.
- Imagery and illustration direction.
- Voice and tone guidance with real examples.
- A concise brand style guide and all logo files in every format you need.

## Ideal for

New companies preparing to launch, businesses that have outgrown a logo made in a weekend, and teams entering a new market or raising a new round.`,
    deliverables: [
      "Positioning workshop",
      "Logo suite",
      "Color palette",
      "Typography system",
      "Imagery direction",
      "Brand style guide",
    ],
  },
  {
    slug: "website-development",
    name: "Webflow & Next.js Development",
    summary:
      "Pixel-accurate, fast and easy-to-edit websites built in Webflow or Next.js by the team that designed them.",
    body: `A great design only pays off once it is live. Our developers turn designs into fast, accessible, responsive websites, and because they work alongside our designers, nothing gets lost in translation.

We build in the platform that suits your team. **Webflow** is ideal when marketers want to edit pages and launch content without developers. **Next.js** with a headless CMS suits companies that need custom functionality, deeper integrations or the very best performance. Not sure which? We will recommend one based on how you work.

Every build is set up so your team can manage content confidently, with reusable components, clear editing fields and previews before publishing. Your site, code and accounts always belong to you.

## What you get

- A platform recommendation based on your team and goals.
- Responsive, accessible builds that match the design closely.
- CMS setup with reusable components and editor-friendly fields.
- Integrations with forms, analytics, CRM and newsletter tools.
- Performance tuning for strong Core Web Vitals.
- SEO foundations: titles, descriptions, redirects, sitemap and structured data.
- Launch support, including DNS, staging review and post-launch checks.

## Ideal for

Teams who want one partner from first sketch to launch, and marketing teams who need to publish quickly without waiting on engineering.`,
    deliverables: [
      "Platform recommendation",
      "Responsive Webflow or Next.js build",
      "CMS setup and editor training",
      "Third-party integrations",
      "Performance and SEO setup",
      "Launch and post-launch support",
    ],
  },
];
