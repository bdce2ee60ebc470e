import type { FaqSeed } from "./types";

export const faqEntries: FaqSeed[] = [
  // ───────────── Subscriptions ─────────────
  {
    category: "Subscriptions",
    position: 1,
    question: "How does the design subscription work?",
    answer: `You pay a flat monthly fee and get a dedicated design team on call. Add as many requests as you like to your board, and we work through them in the order you set, delivering updates every couple of business days.

There are no quotes, timesheets or scoping calls for everyday work. When one request is finished, the next one in your queue starts automatically.`,
  },
  {
    category: "Subscriptions",
    position: 2,
    question: "How many requests can I have in progress at once?",
    answer: `It depends on your plan:

- **Starter**: 1 active request at a time.
- **Studio**: 2 active requests at a time.
- **Scale**: 4 active requests at a time.

Your queue of upcoming requests is unlimited. Active requests are the ones our designers are working on right now; everything else waits in order until a slot frees up.`,
  },
  {
    category: "Subscriptions",
    position: 3,
    question: "What counts as a single request?",
    answer: `A request is one focused piece of work that can be delivered in a few days, such as a landing page, a set of social ads, a pricing page redesign or a batch of icons.

Bigger projects, like a full website, are split into a series of requests so you see progress constantly. If we think a request is too large to deliver as one piece, we will suggest how to break it up before we start.`,
  },
  {
    category: "Subscriptions",
    position: 4,
    question: "Can I pause my subscription?",
    answer: `Yes. If you have a quiet month, pause your subscription from your dashboard and billing stops. The unused days of your current billing period are saved and become available when you resume.

You can pause for up to three months at a time, and your board, files and history stay exactly as you left them.`,
  },
  {
    category: "Subscriptions",
    position: 5,
    question: "How do I cancel?",
    answer: `Cancel anytime from your billing settings, with no notice period and no cancellation fee. Your subscription stays active until the end of the period you have already paid for, so we will finish as much of your active work as possible before then.

All delivered files remain yours after you leave.`,
  },
  {
    category: "Subscriptions",
    position: 6,
    question: "Can I switch between plans?",
    answer: `Absolutely. Upgrade when you need more capacity, for example around a launch, and downgrade when things calm down. Upgrades take effect immediately and are prorated; downgrades apply from your next billing date.`,
  },

  // ───────────── Billing ─────────────
  {
    category: "Billing",
    position: 1,
    question: "Which payment methods do you accept?",
    answer: `We accept all major credit and debit cards, including Visa, Mastercard and American Express, as well as Apple Pay and Google Pay. Yearly plans can also be paid by bank transfer on request.

All payments are processed securely by our payment provider; we never see or store your full card details.`,
  },
  {
    category: "Billing",
    position: 2,
    question: "Will I receive invoices?",
    answer: `Yes. An invoice is generated automatically for every payment and emailed to your billing contact. You can also download past invoices at any time from the billing portal.

Need your company's legal name, address, VAT number or purchase order number on invoices? Add them once in your billing settings and they will appear on every future invoice.`,
  },
  {
    category: "Billing",
    position: 3,
    question: "Do you offer refunds?",
    answer: `If you are not happy within the first 7 days of your very first subscription payment, tell us and we will refund it in full, no questions asked.

After that, we do not refund partial months, because design time has already been reserved for you. Instead, you can pause or cancel at any time and simply stop future payments.`,
  },
  {
    category: "Billing",
    position: 4,
    question: "Is there a discount for paying yearly?",
    answer: `Yes. Yearly plans cost the same as ten months of the monthly price, so you effectively get two months free. You can still pause a yearly plan, and the paused time is added to the end of your term.`,
  },
  {
    category: "Billing",
    position: 5,
    question: "Are there any extra costs?",
    answer: `Your subscription covers all design and development time within your plan. The only things billed separately are third-party items that you will own, such as:

- Premium font licenses.
- Stock photography or illustration licenses.
- Hosting, domains and software subscriptions.

We always ask before buying anything on your behalf, and we are happy to work with free alternatives.`,
  },

  // ───────────── Process ─────────────
  {
    category: "Process",
    position: 1,
    question: "How quickly will I receive my designs?",
    answer: `Most requests get a first version within 2 to 3 business days. Smaller tasks, like tweaks to an existing page, are often done within a day. Larger requests arrive in stages, with a visible update at least every 2 business days.

We work Monday to Friday, and your dashboard always shows what is in progress and what is next.`,
  },
  {
    category: "Process",
    position: 2,
    question: "How do I submit requests and give feedback?",
    answer: `Everything happens on your request board. Create a request with a short brief, attach any files or links, and drag it into the order you want.

When a design is ready, you will get a notification with a link to review it. Pin comments to the exact spot on the design, reply in the request's conversation, or attach a screen recording if that is easier. Everything about a request stays in one place, on the request.`,
  },
  {
    category: "Process",
    position: 3,
    question: "How many revisions do I get?",
    answer: `As many as you need. We keep refining a request until you are happy with it, and revision rounds do not count against your plan.

In practice, a clear brief usually means one or two rounds of polish. If a request keeps changing direction, we will suggest a quick call to realign so you are not spending your time on small steps.`,
  },
  {
    category: "Process",
    position: 4,
    question: "Who will I be working with?",
    answer: `Every subscription has a dedicated senior designer who leads your work and gets to know your brand, supported by specialists in development, copy and illustration when a request needs them.

Your account lead is also your main contact, so there is no layer of account managers between you and the people doing the work.`,
  },
  {
    category: "Process",
    position: 5,
    question: "Who owns the designs and files?",
    answer: `You do. Once a request is delivered, you own the final designs, source files and code we created for you, and you can use them however you like, including after you cancel.

The only exceptions are third-party assets such as fonts or stock images, which are covered by their own licenses.`,
  },

  // ───────────── Hero redesign ─────────────
  {
    category: "Hero redesign",
    position: 1,
    question: "How does the free hero redesign work?",
    answer: `Share your website address and answer a few short questions about your audience and goals. A senior designer reviews your current hero section, then redesigns it for desktop and mobile, including copy suggestions.

You receive the design, a short video walking through every decision and a few extra recommendations for the rest of the page.`,
  },
  {
    category: "Hero redesign",
    position: 2,
    question: "Is it really free? What is the catch?",
    answer: `It really is free. There is no contract, no card required and no obligation to subscribe afterwards. You can use the design however you like, including building it yourself.

The only catch is that we hope you will like it enough to keep working with us. We think one real piece of work on your own site says more than any portfolio.`,
  },
  {
    category: "Hero redesign",
    position: 3,
    question: "What do I need to provide?",
    answer: `Just the basics:

- Your website address.
- Who your ideal customers are.
- The main action you want visitors to take.
- Any brand guidelines, if you have them.

If you have data such as homepage conversion rate or common customer objections, share it too. It helps us make sharper recommendations.`,
  },
  {
    category: "Hero redesign",
    position: 4,
    question: "How long does it take, and what happens afterwards?",
    answer: `You will usually receive your hero redesign within 5 business days. We only take on a limited number each week, so at busy times we may add you to a short waiting list and tell you the expected date.

Afterwards, you can use the design yourself, keep it for later or start a subscription and have us build it as your first request. We send one follow-up email to check in, and that is all.`,
  },

  // ───────────── Technical ─────────────
  {
    category: "Technical",
    position: 1,
    question: "Which tools and file formats do you work with?",
    answer: `We design in **Figma** and share organized, editable files with components and styles. Exports include SVG, PNG, WebP and PDF as needed, and we can prepare assets for specific platforms such as ad networks or app stores.

For development, we work with **Next.js**, **React** and **Webflow**, and can adapt to most modern stacks.`,
  },
  {
    category: "Technical",
    position: 2,
    question: "Do you build the designs, or only design them?",
    answer: `Both. On every plan, we can turn designs into production-ready code or Webflow pages as part of your requests.

If you have your own developers, we provide a clean handoff instead: annotated Figma files, design tokens, responsive behavior notes and exported assets. We are also happy to review their build against the design before launch.`,
  },
  {
    category: "Technical",
    position: 3,
    question: "How do you keep my files and information secure?",
    answer: `We treat your work as confidential from the first message.

- Files are stored in access-controlled workspaces, and only your assigned team can open them.
- All accounts use two-factor authentication.
- We sign NDAs on request.
- Access to your tools, like your CMS or hosting, is granted through individual accounts and removed when it is no longer needed.

We never show client work publicly without written permission.`,
  },
  {
    category: "Technical",
    position: 4,
    question: "Can you work with my existing website and CMS?",
    answer: `Yes. We regularly work on sites built with Webflow, WordPress, Next.js and headless CMSs such as Sanity and Contentful. We design within the constraints of your setup, and flag early if something would need development work to support.

If a migration to a new platform would make sense, we will explain why, but we never require one to start.`,
  },
];
