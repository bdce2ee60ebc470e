import type { CaseStudySeed } from "./types";

export const caseStudies: CaseStudySeed[] = [
  {
    slug: "tallyroot",
    customer: "Tallyroot",
    industry: "B2B SaaS",
    summary:
      "A finance automation startup rebuilt its marketing site and design system, lifting trial sign-ups by 41% and cutting the time to ship new pages from weeks to days.",
    quote:
      "We used to dread asking for a new page. Now we add it to the board on Monday and review it on Wednesday. The site finally sounds like the product we have built.",
    quoteAuthor: "Priya Venkataraman, Head of Marketing",
    results: [
      { label: "Trial sign-ups", value: "+41%" },
      { label: "Homepage bounce rate", value: "-22%" },
      { label: "Time to ship a new page", value: "3 days" },
    ],
    body: `## The challenge

Tallyroot helps mid-sized companies automate month-end accounting. The product had matured quickly after a successful funding round, but the website still reflected an early prototype. The homepage talked about "reimagining finance" without explaining what the product did, and each new feature page had been built by a different freelancer.

The marketing team had big plans for the year, including two launches and a new partner program, but every page took around three weeks to get designed and built. Trial sign-ups from organic traffic had plateaued, and sales reported that prospects arrived confused about what Tallyroot actually replaced.

## Our approach

We joined on the Studio plan and began with the free hero redesign, which became the foundation for the new homepage. The headline shifted from an abstract promise to a concrete outcome: closing the books in days instead of weeks. A short product loop replaced the stock photography.

From there, we worked through a prioritized queue:

- **Messaging and structure**: a new sitemap organized around the jobs finance teams need done, rather than internal feature names.
- **Design system**: tokens and around thirty components, set up in Figma and in React, so every page shared the same building blocks.
- **Key pages**: homepage, pricing, three solution pages and an integrations directory, each designed for desktop and mobile.
- **Build**: a Next.js site with a headless CMS, so the marketing team could assemble new pages from approved sections.

We shipped in stages, replacing the highest-traffic pages first so the team saw results within the first month.

## The outcome

Within three months of the new homepage going live, trial sign-ups from organic traffic were up 41% and homepage bounce rate had dropped by 22%. Sales calls started faster, because prospects already understood the basics.

The bigger change was speed. With the design system in place, a new landing page now takes about three days from brief to launch, and the marketing team builds simpler pages on its own. Tallyroot launched both of its planned features on schedule, each with a dedicated page ready on day one.`,
    services: ["web-design", "design-systems", "website-development"],
  },
  {
    slug: "fernhollow-coffee",
    customer: "Fernhollow Coffee Co.",
    industry: "Direct-to-consumer e-commerce",
    summary:
      "A specialty coffee roaster refreshed its brand and online shop, growing subscription orders by 57% and making its store far faster on mobile.",
    quote:
      "They understood that we are a small roastery with big standards. The new brand feels like us on a good day, and customers keep telling us the shop is a pleasure to use.",
    quoteAuthor: "Daniel Okonkwo-Reyes, Co-founder",
    results: [
      { label: "Subscription orders", value: "+57%" },
      { label: "Mobile conversion rate", value: "+32%" },
      { label: "Product page load time", value: "1.8s" },
    ],
    body: `## The challenge

Fernhollow roasts single-origin coffee in small batches and sells mainly online. Its customers were loyal, but growth had slowed. The brand had been designed years earlier for a single café, and the packaging, website and social channels had drifted in different directions.

The online shop was the bigger issue. Most visitors arrived on phones from social media, yet product pages took more than five seconds to show the main image. The coffee subscription, the most valuable product, was hidden three clicks deep behind a generic "Shop" menu.

## Our approach

We started with a focused brand refresh. Rather than throwing away what customers loved, we kept the fern motif and warm tones but redrew the logo for small screens, introduced a clearer type system and created a simple illustration style for each growing region.

With the identity in place, we redesigned the shop around how people actually buy coffee:

- **Subscription first**: a dedicated, clearly explained subscription flow linked from the homepage hero and every product page.
- **Better product pages**: tasting notes, brewing suggestions and roast dates presented in a consistent, scannable layout.
- **Mobile-first checkout**: fewer steps, larger tap targets and express payment options.
- **Performance**: compressed, correctly sized photography, fewer third-party scripts and careful font loading.

Our developers rebuilt the storefront theme and connected it to Fernhollow's existing commerce platform, so operations did not change behind the scenes.

## The outcome

In the first full quarter after launch, subscription orders grew by 57%, and conversion on mobile rose by 32%. Product pages now load their main content in about 1.8 seconds on a typical phone connection.

The refreshed brand also made everyday work easier. The team now creates social posts and packaging labels from shared templates, and new coffees launch with a consistent page in an afternoon instead of a week.`,
    services: ["brand-identity", "web-design", "website-development"],
  },
  {
    slug: "quaystone-freight",
    customer: "Quaystone Freight",
    industry: "Logistics",
    summary:
      "A regional freight forwarder replaced generic ad destinations with targeted landing pages, growing quote requests by 64% while cutting cost per lead.",
    quote:
      "Our ads were fine. Our pages were the problem. Having a design team that can turn around a new landing page in days changed how we run every campaign.",
    quoteAuthor: "Marguerite Lindholm, Commercial Director",
    results: [
      { label: "Quote requests", value: "+64%" },
      { label: "Cost per lead", value: "-29%" },
      { label: "Landing pages shipped", value: "14 in 4 months" },
    ],
    body: `## The challenge

Quaystone moves freight for manufacturers and wholesalers across several ports. The company had started investing in paid search, but every ad, whether it mentioned refrigerated containers, customs brokerage or same-week shipping, pointed to the same homepage.

Visitors arriving with a specific need had to hunt for the relevant information. The quote form asked for fourteen fields before anyone could submit it. Cost per lead was rising month after month, and the small marketing team had no design resources to try anything new.

## Our approach

We joined on the Starter plan and began by mapping each ad group to the question a searcher was really asking. That gave us a clear list of pages to build, ordered by spend and opportunity.

For each campaign we designed a dedicated landing page with:

- A headline that mirrored the search terms and ad copy.
- Concrete proof, such as transit times, ports served and certifications.
- A short, reassuring explanation of how the process works.
- A quote form cut to five essential fields, with the rest collected later by the sales team.

We also redesigned the main services page so that organic visitors benefited from the same clarity.

Every two weeks we reviewed results with the team. Pages that performed well became templates for the next campaign; weaker ones were tested against a new headline or offer.

## The outcome

Over four months we shipped fourteen landing pages. Quote requests grew by 64%, and because the pages converted better, cost per lead fell by 29% without any increase in ad spend.

The shorter form had the biggest single effect, but the combination mattered most: a page that matched the ad, answered the obvious questions and made the next step easy. Quaystone has since upgraded to the Studio plan to support campaigns in two new regions.`,
    services: ["landing-pages", "web-design"],
  },
  {
    slug: "lumen-physio",
    customer: "Lumen Physio",
    industry: "Healthcare",
    summary:
      "A group of physiotherapy clinics launched an accessible, booking-focused website that increased online appointments by 48% and took pressure off front-desk phones.",
    quote:
      "Many of our patients are in pain or recovering from surgery when they visit our site. The new design respects that. It is calm, clear and incredibly easy to book from.",
    quoteAuthor: "Dr. Sofia Marinescu, Clinical Director",
    results: [
      { label: "Online bookings", value: "+48%" },
      { label: "Front-desk booking calls", value: "-35%" },
      { label: "Accessibility standard met", value: "WCAG 2.2 AA" },
    ],
    body: `## The challenge

Lumen Physio runs four clinics offering physiotherapy, sports rehabilitation and post-surgery recovery programs. Its old website had grown one page at a time, and patients struggled to find basic information: which clinic offered which treatment, what a first visit involved and whether their insurance was accepted.

Online booking existed, but it opened in a separate system that did not match the site and was difficult to use on a phone. Most patients gave up and called instead, which kept reception staff on the phone for much of the day.

Accessibility was also a real concern. Many patients are older, recovering from injury or using assistive technology, and the old site had low-contrast text and forms that could not be used with a keyboard.

## Our approach

We began with short interviews with reception staff, who knew exactly which questions patients asked most. Their answers shaped the new structure:

- **Treatment pages** that explain each condition in plain language, with what to expect at the first appointment.
- **Clinic pages** with opening hours, accessibility details, parking and the therapists based there.
- **A clear booking path** from every page, embedded in the site and styled to match.
- **An insurance and pricing page** answering the most common questions up front.

We designed with accessibility at the center: generous type sizes, strong contrast, visible focus states and forms tested with screen readers. Our developers built the site in Webflow so the clinic team could update opening hours and therapist profiles themselves.

## The outcome

Online bookings increased by 48% in the first three months, and calls to the front desk about bookings fell by 35%, giving staff more time with patients in the clinic. An independent audit confirmed the site meets WCAG 2.2 AA.

Lumen now uses its subscription for seasonal campaigns and new service pages, most recently for a women's health program launched at two clinics.`,
    services: ["web-design", "website-development"],
  },
  {
    slug: "cadence-academy",
    customer: "Cadence Academy",
    industry: "Online education",
    summary:
      "An online music school built a design system and a steady rhythm of course landing pages, increasing trial lesson bookings by 36% and launching courses far faster.",
    quote:
      "Every new course used to mean a new design debate. Now we have a system that looks great, and the studio can turn around a launch page before the teacher has finished recording.",
    quoteAuthor: "Elliot Brannagh, Head of Growth",
    results: [
      { label: "Trial lesson bookings", value: "+36%" },
      { label: "Course pages launched", value: "22" },
      { label: "Time from brief to live page", value: "-60%" },
    ],
    body: `## The challenge

Cadence Academy offers live and recorded music lessons for guitar, piano, voice and production. The catalog was growing fast, with new courses added almost every month, and each one needed its own landing page for ads and email campaigns.

Those pages were built quickly and inconsistently. Some had video previews, others had none. Prices appeared in different places, teacher bios varied wildly in length, and the free trial lesson, the company's most effective offer, was easy to miss. Launches were often delayed while the team debated layout details.

## Our approach

We proposed solving the root problem first. Over the first few weeks on the Studio plan, we built a compact design system tailored to course marketing:

- **Tokens** for the Academy's colors, type and spacing, refined for better contrast.
- **Course components**: hero with video preview, curriculum outline, teacher profile, student reviews, pricing card and FAQ.
- **A trial lesson banner** designed to appear consistently on every course page.
- **Guidelines** covering how much text each section should hold and which images work best.

With the system in place, we moved to a regular rhythm of course landing pages. Each request started with a short brief from the course team and used the shared components, leaving our designers free to focus on the headline, the story and the details that made each course distinct.

We also ran a series of A/B tests on the trial lesson offer, comparing placement and wording across the busiest pages.

## The outcome

Over six months we designed twenty-two course pages on the same foundation. Time from brief to live page fell by around 60%, and launches stopped slipping.

The tests paid off too. Moving the trial lesson offer into the hero and describing it as a personal first lesson rather than a free trial lifted trial lesson bookings by 36% across the catalog.`,
    services: ["landing-pages", "design-systems"],
  },
];
