/**
 * The questions the studio asks before starting each service, as markdown a client answers in
 * place. A new request's brief starts from its service's template (app/portal/requests).
 */
export const briefTemplates: Record<string, string> = {
  "web-design": `## What is the site for?
What should a visitor do after reading it (buy, book a call, sign up)?

## Who visits it?
Describe the people you want to reach and what they already know about you.

## Which pages do you need?
List them, most important first.

## Sites you like
Links, and what you like about each.

## What must stay?
Logo, colours, copy or pages that are not changing.
`,
  "landing-pages": `## The one thing this page should make people do
For example: start a trial, book a demo, join the waitlist.

## Where does the traffic come from?
Ads, email, social, a launch? Link the campaign if there is one.

## The offer in one sentence

## Proof you can show
Customer logos, quotes, numbers, press.

## Deadline
When does the campaign start?
`,
  "design-systems": `## Which products will use the system?
Apps, sites, and the frameworks they are built with.

## What exists today?
Link the current UI kit, Figma files or component library, if any.

## The components you need first
The ten you use most, or the ones that hurt most right now.

## Who maintains it after delivery?
Designers, developers, or both — and how many.
`,
  "brand-identity": `## Your company in three words

## Who are your customers?
And who are your closest competitors?

## What should people feel when they see the brand?

## What is fixed?
Name, colours or symbols that must stay.

## Where will the brand appear first?
Website, packaging, signage, social…
`,
  "website-development": `## Link to the designs
Figma or another source of truth for every page.

## Platform
Webflow or Next.js — and where it will be hosted, if you know.

## Content
Who writes it, and does it need a CMS the team can edit?

## Integrations
Forms, analytics, CRM, payments, search.

## Launch date and domain
`,
};
