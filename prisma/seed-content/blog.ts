import type { BlogPostSeed } from "./types";

export const blogPosts: BlogPostSeed[] = [
  {
    slug: "why-design-subscriptions-beat-hourly-agencies",
    title: "Why a design subscription beats an hourly agency",
    excerpt:
      "Hourly billing rewards slow work and punishes small requests. Here is how a flat monthly design subscription changes the incentives, and when it is the right fit for your team.",
    tags: ["subscriptions", "process"],
    author: "Noor Haddad, Founder & Creative Director",
    publishedAt: "2026-01-13T09:00:00.000Z",
    body: `Most founders have lived through the same cycle. You need a new landing page, so you ask an agency for a quote. A week later a proposal arrives. Two weeks after that, a kickoff call. By the time the first draft lands, the campaign it was meant for has already started. Then the invoice shows more hours than anyone expected.

None of that happens because agencies are bad at design. It happens because the model around the design is built for large, rare projects, while most growing companies need a steady flow of smaller ones.

## The problem with billing by the hour

Hourly billing quietly sets the studio and the client against each other.

- **Slow work earns more.** There is no reward for finding the fast, simple answer.
- **Small requests feel expensive.** A two-hour tweak still needs a quote, an approval and an invoice, so teams put off fixes that would help.
- **Budgets are hard to predict.** Finance sees a different number every month, and marketing learns to ask for less than it needs.
- **Every change becomes a negotiation.** Scope conversations eat time that should go into the work itself.

The result is that design becomes something you buy in bursts, usually too late, instead of something that quietly improves your product every week.

## How a subscription flips the incentives

A design subscription replaces quotes and timesheets with a flat monthly fee. You add requests to a board, we work through them in order, and you can have a set number of requests in progress at any time.

Because the price is fixed, the studio is rewarded for clarity and speed. The faster a request is finished well, the sooner we can start the next one, and the happier you are to stay. Our interests finally point in the same direction as yours.

For your team, the practical changes are immediate:

- **One predictable cost** that finance can plan around.
- **No scoping calls** for everyday work. Write a short brief and it joins the queue.
- **Small things get done.** That awkward pricing table or outdated hero image no longer waits for a big project.
- **Continuity.** The same designers learn your brand, product and audience, so each request starts from context rather than from zero.

## What it is not

A subscription is not unlimited design delivered overnight. Each plan has a limit on active requests, and each request is worked on properly, with the same research and craft we would put into a project. Large pieces of work, such as a full website, are split into a sequence of focused requests so you see progress every few days rather than waiting months for a big reveal.

It is also not a replacement for an in-house design lead at a company with a large product team. It works best alongside one, or in place of one when hiring does not yet make sense.

## When a subscription is the right fit

In our experience, subscriptions work particularly well for:

- Startups and scale-ups shipping new pages, features and campaigns every month.
- Marketing teams who need design capacity without adding headcount.
- Companies with a solid brand that needs consistent execution across many touchpoints.
- Founders who want senior design input without managing freelancers.

They are less suited to a single, one-off brand project with a fixed end date. For that, a traditional project can make more sense, and we will tell you so.

## Making the most of it

Teams who get the most from a subscription share a few habits. They keep the request board prioritized, so the most valuable work is always at the top. They write short but specific briefs. They give feedback within a day or two, which keeps momentum high. And they treat the studio as part of the team, inviting us into planning rather than handing over finished decisions.

## Try before you commit

If you are not sure whether the model suits you, start small. Our free hero redesign lets you see how we think and work on the most important section of your site, with no contract and no card details. If you like what you see, you can turn it into a subscription and keep going. If not, the design is yours to keep.`,
  },
  {
    slug: "anatomy-of-a-hero-section-that-converts",
    title: "Anatomy of a hero section that converts",
    excerpt:
      "Your hero section has a few seconds to explain what you do and why it matters. We break down the six parts of a hero that turns first-time visitors into leads.",
    tags: ["design", "conversion"],
    author: "Ines Okafor, Senior Product Designer",
    publishedAt: "2026-02-17T09:00:00.000Z",
    body: `Every visitor to your site makes a quick decision: stay or leave. For most of them, that decision is made in the hero section, the first block of content they see before scrolling. It is the most valuable real estate you own, and it is often the most neglected.

We redesign a lot of heroes. Across industries, the ones that work share the same six parts. None of them is complicated, but getting all six right at once takes discipline.

## 1. A headline that says what you do

The headline has one job: tell the visitor, in plain words, what you offer and why it matters to them. Clever wordplay and abstract promises fail this test. If a stranger cannot repeat back what your company does after reading the headline once, it needs work.

A useful formula is **outcome plus audience**. For example, "Payroll that runs itself for remote teams" is clearer than "Work, reimagined". You can add personality later; clarity comes first.

## 2. A subheadline that adds proof or detail

The subheadline answers the natural follow-up question: how? Use one or two sentences to name the mechanism, the key benefit or a concrete number. This is where you earn belief, so be specific. Mention the integrations, the time saved or the type of customer you serve.

## 3. One primary call to action

Visitors who are ready to act should never have to hunt for the button. Give the hero one primary call to action with a clear verb and a clear outcome, such as **Start free trial** or **Book a 20-minute demo**.

A secondary action is fine for people who are not ready yet, like **See how it works**, but style it quietly so the two do not compete. Three or more buttons is a sign you have not decided what matters.

## 4. A visual that shows, not decorates

The best hero visuals show the product or the outcome. A clean screenshot, a short looping demo or a photo of a real customer using the product all work. Generic stock photos of smiling people at laptops do not, because visitors have learned to ignore them.

Keep the visual fast. A huge autoplaying background video can push your load time past the point where visitors give up, and it hurts Largest Contentful Paint, one of the Core Web Vitals.

## 5. A trust signal

People look for evidence that others have taken the risk before them. Place a light trust signal near the call to action:

- A row of recognizable customer logos.
- A rating from a review platform.
- A short quote from a real customer with their name and role.
- A concrete usage number, if it is impressive and true.

One signal, done well, is enough here. Save the full testimonial section for further down the page.

## 6. Room to breathe

The final ingredient is the absence of things. Whitespace around the headline and button makes them easier to see. Remove navigation links that do not help a first-time visitor, drop the announcement banner if it is stale, and resist the urge to add one more badge.

## Common mistakes we see

When we review heroes, the same problems appear again and again:

- **Rotating carousels.** Most visitors never see slide two, and the motion distracts from slide one.
- **Vague headlines** written for the founding team rather than the customer.
- **Buttons that blend in** because they use the same color as everything else.
- **Mobile as an afterthought,** with headlines that wrap into six lines and buttons pushed off screen.
- **Slow visuals** that leave visitors staring at a blank space.

## How to test your own hero

Try this quick exercise. Show your homepage to someone outside your company for five seconds, then hide it. Ask them what you do, who it is for and what they would click. If their answers match your intent, your hero is doing its job. If not, you have found your highest-impact design project.

And if you would like a second opinion, that is exactly what our free hero redesign is for. We will rework this one section of your site and show you the reasoning behind every change.`,
  },
  {
    slug: "how-to-write-a-design-brief",
    title: "How to write a design brief your designer will love",
    excerpt:
      "A good brief is short, specific and honest about goals. Use this simple structure to get better first drafts and fewer revision rounds on every design request.",
    tags: ["process", "design"],
    author: "Noor Haddad, Founder & Creative Director",
    publishedAt: "2026-03-24T09:00:00.000Z",
    body: `The quality of a first draft is decided before any designer opens Figma. It is decided by the brief. A clear brief gets you a strong first version and one round of polish. A vague one gets you three rounds of guessing and a frustrated team on both sides.

The good news is that a great brief does not need to be long. Most of the best requests we receive fit on a single screen. They simply answer the right questions.

## Start with the goal, not the deliverable

The most common mistake is describing what you want made instead of what you want to happen. "Design a new pricing page" is a deliverable. "Increase the number of visitors who start a trial from the pricing page" is a goal.

When a designer knows the goal, they can make better decisions, and sometimes they will suggest something simpler than what you asked for. Lead every brief with one sentence that begins with **We want to...** and ends with a change you could measure or observe.

## Describe the audience in one or two lines

Who will see this? A first-time visitor from a paid ad behaves very differently from an existing customer logging in to upgrade. Mention:

- Who they are, such as role, company size or situation.
- What they already know about you.
- What they are worried about or comparing you against.

You do not need a full persona document. Two honest sentences are more useful than ten pages nobody reads.

## Share the content you have

Design without content is decoration. If you have draft copy, include it, even if it is rough. If you do not, list the key messages in order of importance. Designers can help shape words, but they cannot invent your product details, pricing or customer quotes.

Attach anything real: screenshots, data, testimonials, feature lists. Real material always produces better design than invented examples.

## Point to references, and explain them

Links to sites you admire are helpful, but only when you say what you like about them. "We like the calm spacing on this page" or "notice how this site explains pricing in one table" gives direction. A bare list of links leaves the designer guessing whether you liked the colors, the layout or the illustrations.

It is just as useful to share what you dislike. Knowing what to avoid saves a revision round.

## Be clear about constraints

Constraints are not limits on creativity; they are part of the problem to solve. Tell us about:

- **Deadlines** and what they are tied to, such as a launch or a campaign.
- **Technical limits**, for example a CMS that only supports certain layouts.
- **Brand rules** that must not change.
- **Approvals**: who needs to sign off, and what they care about.

## Define what done looks like

Finish the brief by stating what you expect to receive. Desktop and mobile designs? A developer-ready Figma file? Copy suggestions? Exported assets? Clear expectations make handoff smooth and avoid the "I thought you were also doing..." conversation.

## A simple template

If you want a starting point, copy these headings into your next request:

- **Goal**: what should change as a result of this work?
- **Audience**: who will see it and what do they need?
- **Content**: copy, data and assets we should use.
- **References**: examples you like or dislike, and why.
- **Constraints**: deadlines, tech, brand rules and approvers.
- **Deliverables**: exactly what you want back.

## Feedback is part of the brief too

Once the first draft arrives, the brief keeps working. Compare the design to the goal you wrote, not to personal taste alone. "This headline might not reassure first-time visitors" is far more useful than "I do not love it". When feedback ties back to the brief, revisions get sharper and faster.

Good briefs are a habit. After a few requests, most of our clients write them in ten minutes, and their first drafts get noticeably better. That is time well spent.`,
  },
  {
    slug: "core-web-vitals-for-marketers",
    title: "Core Web Vitals, explained for marketers",
    excerpt:
      "LCP, INP and CLS sound like engineering jargon, but they measure what your visitors feel. Here is what each metric means and the design decisions that move them.",
    tags: ["performance", "seo"],
    author: "Tomás Reyes, Lead Frontend Engineer",
    publishedAt: "2026-04-28T09:00:00.000Z",
    body: `If you run marketing for a website, you have probably seen a report flag your Core Web Vitals in red or amber. The acronyms make it sound like a problem only engineers can solve. In reality, many of the biggest improvements come from marketing and design decisions: which images you use, which scripts you add and how your pages are laid out.

This guide explains the three metrics in plain language and shows where you can make a difference.

## Why these metrics matter

Core Web Vitals are Google's way of measuring how a page feels to real people. They are gathered from actual visitors using Chrome, not from a lab, which means they reflect your real audience on their real devices and networks.

They are a ranking signal, but a modest one. The bigger reason to care is simple: slow, jumpy pages lose visitors. Every extra second before your hero appears is a second in which someone from your expensive ad campaign can hit the back button.

## LCP: how fast the main content appears

**Largest Contentful Paint** measures how long it takes for the biggest element on screen, usually the hero image or headline, to appear. A good score is under 2.5 seconds.

What pushes LCP up:

- Huge hero images or background videos.
- Hero images that are lazy loaded by mistake.
- Web fonts that block the headline from showing.
- Slow servers or pages that are not cached.

What marketers can do: choose hero visuals that work at modest file sizes, ask for images to be compressed and served in modern formats, and question whether the autoplaying video is really earning its keep.

## INP: how quickly the page responds

**Interaction to Next Paint** measures the delay between a visitor tapping or clicking something and the page visibly responding. A good score is under 200 milliseconds.

The main cause of poor INP is too much JavaScript, and on marketing sites much of that comes from third-party tags: analytics, heatmaps, chat widgets, A/B testing tools and ad pixels. Each tool seems light on its own. Together, they can keep a phone's processor busy long enough that buttons feel broken.

What marketers can do: audit your tag manager every quarter. Remove tools nobody has looked at in months, and load non-essential widgets only after the page has settled or when a visitor scrolls.

## CLS: whether the layout stays put

**Cumulative Layout Shift** measures how much content jumps around while the page loads. You have felt this when you try to tap a link and an ad or banner pushes it down at the last moment. A good score is below 0.1.

Common causes:

- Images and embeds without reserved space.
- Cookie banners and promo bars that push content down instead of overlaying it.
- Fonts that swap in with different proportions.
- Content injected above what the visitor is reading.

What marketers can do: ask for announcement bars and banners to reserve their space from the start, and avoid inserting content at the top of a page after it loads.

## How to check your scores

Start with these free tools:

- **PageSpeed Insights** shows both real-user data and a lab test for any URL.
- **Search Console** groups pages with similar problems so you can fix them in batches.
- **Your browser's developer tools** let engineers dig into specific issues.

Remember that lab tests run on a single simulated device. Field data from real visitors is what counts, and it takes about four weeks to fully reflect changes.

## Build speed into the design process

The cheapest time to fix performance is before anything is built. When we design pages, we set a simple performance budget alongside the visual brief: how large the hero image may be, how many font files we will load and which scripts are allowed. That way a beautiful page is also a fast one, and nobody has to choose between the two after launch.

Fast sites are not only an engineering achievement. They are a marketing advantage, and you have more control over them than you might think.`,
  },
  {
    slug: "what-a-free-hero-redesign-shows-you",
    title: "What a free hero redesign actually shows you",
    excerpt:
      "Our free hero redesign is more than a nicer header. Here is what we deliver, what you learn from it, and how to judge whether a studio is the right partner.",
    tags: ["subscriptions", "conversion", "design"],
    author: "Ines Okafor, Senior Product Designer",
    publishedAt: "2026-06-09T09:00:00.000Z",
    body: `Choosing a design partner is hard. Portfolios show polished work for other companies, but they cannot tell you how a studio will handle your product, your audience and your feedback. That is why we offer a free hero redesign: one real piece of work on your own site, before you spend anything.

People are sometimes skeptical of free offers, and they should be. So here is exactly what happens, what you receive and what we hope you learn from it.

## What we do

When you request a free hero redesign, you share your website address and answer a few short questions about your audience and goals. A senior designer then:

- Reviews your current hero on desktop and mobile.
- Looks at how your competitors introduce themselves.
- Rewrites the headline and supporting copy where it helps clarity.
- Designs a new hero section in your brand, or a refined take on it.
- Records a short walkthrough explaining each decision.

You receive a desktop and mobile design, the walkthrough video and a short list of further recommendations for the rest of the page. There is no contract, no card required and no obligation to continue.

## Why the hero

We focus on the hero because it does the most work for the least space. It is where visitors decide whether to stay, and it sets expectations for everything that follows. Improving it is often the fastest way to change conversion, and it is small enough for us to do properly without charging you.

It also happens to be where design decisions are most visible. In one section, you can see how we handle messaging, hierarchy, typography, imagery and calls to action.

## What it reveals about your site

Even if you never work with us, the redesign should leave you with useful insight. Common findings include:

- **A headline that describes the company rather than the customer's problem.** Shifting the focus often makes an immediate difference.
- **A missing or competing call to action.** Many heroes have three buttons or none.
- **Weak proof near the decision point.** A logo row or short quote can reduce hesitation.
- **Mobile layouts that hide the essentials** below a tall image.
- **Slow visuals** that delay the first impression.

We include these observations in the walkthrough so you can act on them yourself if you prefer.

## What it reveals about us

This is the part most people underestimate. A free redesign is also a test of working style. Pay attention to:

- **How well we understood your business** from a short brief.
- **Whether our reasoning is clear** and tied to your goals, not just taste.
- **The quality of the details**: spacing, states, mobile behavior and copy.
- **Our communication**: how quickly we replied and how easy we were to work with.

If those things feel right, a subscription will feel the same, only with more of it.

## How to get the most from it

A few tips from the hundreds we have done:

- Be honest about what is not working. The more we know, the sharper the result.
- Tell us about your best customers, not only your ideal ones.
- Share any data you have, such as bounce rate or conversion from the homepage.
- Involve the person who will make the final decision early, so the feedback is real.

## What happens next

After you receive your redesign, you have three options. You can implement it yourself, and the files are yours to use. You can ask us to build it as the first request of a subscription. Or you can simply keep the ideas for later. There is no follow-up sequence of pushy emails either way.

We offer this because we believe good work is the best sales pitch. If the redesign makes you want more, we would love to keep going. If it does not, you still walk away with a better hero and a clearer picture of what your homepage needs.`,
  },
  {
    slug: "design-systems-for-small-teams",
    title: "Design systems for small teams: start with twelve components",
    excerpt:
      "You do not need a huge library to benefit from a design system. Here is a lean starting point that keeps a small team consistent and shipping faster.",
    tags: ["design", "process"],
    author: "Leo Marchetti, Design Systems Lead",
    publishedAt: "2026-07-21T09:00:00.000Z",
    body: `Design systems have a reputation problem. People picture the huge public libraries of big tech companies, with hundreds of components, dedicated teams and detailed documentation sites. For a startup with one designer and three engineers, that looks like a distraction.

But the core idea of a design system, a shared set of decisions that everyone reuses, is most valuable precisely when a team is small. Every decision you do not repeat is time you get back. The trick is to start small and grow only when you need to.

## Signs you need one

You probably need a lightweight system if:

- Buttons, cards or forms look slightly different on every page.
- Engineers regularly ask which shade of blue or which spacing to use.
- New landing pages take weeks because everything is designed from scratch.
- Your product and marketing site feel like two different companies.

None of these is fatal on its own, but together they slow you down and quietly erode trust in your brand.

## Step one: define your tokens

Before components, agree on the basic values everything else is made of. These are your design tokens:

- **Color**: brand colors, a neutral scale for text and backgrounds, and colors for success, warning and error.
- **Typography**: one or two typefaces and a scale of five to seven sizes.
- **Spacing**: a scale such as 4, 8, 12, 16, 24, 32, 48 and 64 pixels.
- **Radius and shadow**: two or three options each, no more.

Put these into both your design tool and your code with the same names. This single step removes a surprising amount of inconsistency.

## Step two: build twelve components

With tokens in place, build the components you use most. For most small companies, this list covers the majority of screens:

- Button, in primary, secondary and subtle styles.
- Text input, with label, help text and error state.
- Select and checkbox.
- Card.
- Badge or tag.
- Navigation bar.
- Footer.
- Section header, with eyebrow, title and intro.
- Feature grid.
- Testimonial.
- Pricing card.
- Call-to-action banner.

Design every state for each component: hover, focus, disabled, loading and error where relevant. Missing states are where inconsistency creeps back in.

## Step three: document lightly

Documentation does not need its own website yet. A single page in your design file or repository can say what each component is for, when not to use it and which options exist. Short notes that people actually read beat thorough docs nobody opens.

## Step four: make it the easy path

A design system only works if using it is easier than ignoring it. Make sure components are simple to find in the design file, easy to import in code and flexible enough for common variations. If people keep detaching components or copying code, treat that as feedback about what the system is missing.

## Growing it sensibly

Add a new component when the same pattern appears for the third time, not before. Review the system every few months, remove what nobody uses and merge near-duplicates. Keep a short changelog so engineers know when something has changed.

## What to expect

Teams who adopt a lean system usually notice three things within a couple of months. New pages ship faster because most of the pieces already exist. Design reviews get shorter because small details are already decided. And the product and website start to feel like one coherent brand.

In our Design Systems service, we build this starter kit with you, in Figma and in code, and then keep it healthy as part of your subscription. But even if you do it yourself, starting with twelve good components will take you further than you might expect.`,
  },
  {
    slug: "accessibility-quick-wins",
    title: "Accessibility quick wins you can ship this week",
    excerpt:
      "Accessibility does not have to start with a big audit. These practical fixes help real visitors today and usually take hours, not weeks.",
    tags: ["accessibility", "design"],
    author: "Hana Sato, Accessibility & QA Lead",
    publishedAt: "2026-09-08T09:00:00.000Z",
    body: `Accessibility can feel overwhelming. The guidelines are long, the terminology is dense and it is hard to know where to begin. So many teams do nothing, waiting for the perfect moment to run a full audit.

You do not need to wait. A handful of focused fixes will make your site noticeably easier to use for people with disabilities, and for everyone else too. Most of them take a few hours. Here are the ones we recommend to every client.

## 1. Fix your color contrast

Low-contrast text is the most common accessibility problem on the web. Light gray text on white looks elegant in a design file and is hard to read on a phone in sunlight, for anyone, and especially for people with low vision.

- Check body text against the WCAG AA ratio of 4.5 to 1.
- Large headings need at least 3 to 1.
- Pay special attention to hint text inside inputs, disabled buttons and text over images.

Free contrast checkers and browser extensions make this a quick job. Adjusting a few neutral colors in your palette often fixes dozens of pages at once.

## 2. Make focus visible

Many people navigate with a keyboard, either by preference or because they cannot use a mouse. They rely on a visible focus indicator to know where they are. Too many sites remove it because someone thought the outline looked untidy.

Press the Tab key on your homepage and watch. Can you always see which link or button is selected? If not, add a clear focus style that fits your brand, such as a thick outline in your accent color.

## 3. Label your forms properly

Every input needs a real label that stays visible. Hint text inside an empty field that vanishes as soon as someone starts typing is not a label. It forces people to remember what the field was for and is often ignored by screen readers.

Also check that error messages explain what went wrong and how to fix it, and that they are not shown in red alone.

## 4. Write useful alt text

Images that carry information need alternative text that describes that information. Decorative images should have empty alt text so screen readers skip them.

- Good: "Dashboard showing monthly revenue rising from 12k to 30k."
- Not helpful: "image", "hero-final-v3.png" or a list of keywords.

A useful question to ask is: if this image failed to load, what would a visitor miss?

## 5. Use headings in order

Screen reader users often jump between headings to scan a page, much like sighted visitors skim. That only works if headings are real heading elements, used in a logical order, rather than bold paragraphs or sizes chosen purely for looks.

One main heading per page, then sections and subsections beneath it, is all you need.

## 6. Make links and buttons say what they do

"Click here" and "Read more" mean nothing out of context. Link text should describe the destination, such as "Read the pricing guide". Buttons should describe the action, such as "Download the report". This helps screen reader users, search engines and people skimming alike.

## 7. Respect motion preferences

Some people experience dizziness or nausea from large animations. Operating systems let users ask for reduced motion, and your site can honor that setting with a few lines of CSS. Keep essential feedback, but tone down parallax, large slide-ins and autoplaying video.

## Make it a habit

Quick wins are a start, not a finish line. To keep improving:

- Add contrast and focus checks to your design review.
- Run an automated checker in your build pipeline.
- Test one key journey with a screen reader each month.
- Include accessibility criteria in every design request.

Accessibility is not a separate project that competes with growth. An accessible site is easier to read, easier to navigate and easier to buy from. Those are goals every team already has.`,
  },
  {
    slug: "pricing-page-patterns-that-build-trust",
    title: "Pricing page patterns that build trust",
    excerpt:
      "Your pricing page is where interest turns into a decision. These proven layout and copy patterns help visitors choose confidently instead of leaving to think it over.",
    tags: ["conversion", "design", "subscriptions"],
    author: "Jonah Whitfield, Growth Strategist",
    publishedAt: "2026-10-20T09:00:00.000Z",
    body: `The pricing page is one of the most visited pages on any subscription business website, and one of the least designed. It is often a table built in a hurry at launch and never revisited. Yet this is where visitors decide whether your product is worth the money and which option fits them.

Good pricing pages do not trick people into paying more. They make the decision easy. Here are the patterns we rely on when we design them.

## Lead with a clear structure

Most companies should offer two to four plans. Fewer can feel restrictive; more creates choice paralysis. Each plan needs:

- A name that hints at who it is for, such as Starter, Studio or Scale.
- A one-line description of the ideal customer.
- The price, with billing period clearly stated.
- A short list of what is included.
- One clear call to action.

Keep the plan cards visually consistent so visitors can compare them at a glance. Features should appear in the same order on every card.

## Highlight the plan most people should choose

If most of your customers pick the middle plan, say so. A subtle highlight, a **Most popular** label or a slightly elevated card helps undecided visitors anchor their choice. This is not manipulation; it is useful information that reflects what similar customers do.

Only highlight one plan, and make sure it genuinely is the best fit for most people.

## Make billing choices honest

Monthly and yearly toggles are common and useful, but they are often designed to confuse. A few rules keep them trustworthy:

- Show the saving as a clear amount or number of free months.
- Display the price the visitor will actually be charged, not only a monthly equivalent.
- Default to the option most customers choose.
- Never hide the monthly option to force yearly sign-ups.

## Answer objections on the page

Visitors arrive at pricing with questions. If they cannot find answers, they leave to ask a colleague, and many never come back. Place a short FAQ directly below the plans covering:

- How to upgrade, downgrade, pause or cancel.
- Whether there is a contract or minimum term.
- What happens with unused time or requests.
- Accepted payment methods and invoicing.
- Refund policy, stated plainly.

Friendly, direct answers do more for conversion than any design flourish.

## Use comparison tables carefully

Detailed comparison tables help buyers who want to check specifics, but they overwhelm everyone else. Put the simple plan cards first, then offer the full comparison below for those who want it. Group features into categories and use plain language rather than internal product names.

## Add proof near the decision

A short testimonial or a row of customer logos near the plans reassures visitors at the moment of commitment. The best quotes mention value directly, such as what a customer saved or what they could stop doing.

## Reduce risk wherever you can

Risk reducers are small messages that lower the cost of saying yes:

- **Cancel anytime** for subscriptions without lock-in.
- **Pause when you need to** if you offer it.
- **A free trial or free sample of the work**, like our free hero redesign.
- **A clear refund window**, if you have one.

Place these close to the buttons, not buried in the footer.

## Measure and iterate

Track how many visitors reach the pricing page, how many click a plan and how many complete sign-up. Watch for plans that get attention but few sign-ups, which often points to unclear value or missing answers. Change one thing at a time, and give each change enough traffic to judge fairly.

A pricing page that builds trust rarely needs aggressive tactics. Clear structure, honest billing, visible answers and a little reassurance are usually enough to help the right customers choose with confidence.`,
  },
];
