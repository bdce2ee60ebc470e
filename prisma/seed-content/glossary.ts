import type { GlossarySeed } from "./types";

export const glossaryTerms: GlossarySeed[] = [
  // ───────────────────────────── Backend ─────────────────────────────
  {
    slug: "backend",
    term: "Backend",
    pronunciation: "[bak-end]",
    category: "backend",
    summary:
      "The backend is the part of a website or app that runs behind the scenes, on servers rather than in the visitor's browser. It stores and retrieves data, applies business rules, handles logins and payments, and sends the right information to the frontend. Whenever a form is saved, an order is placed or a dashboard loads your numbers, the backend is doing the work.",
    sections: [
      {
        heading: "Core components",
        body: `Most backends are assembled from a handful of familiar building blocks:

- **Server**: the machine or cloud service that runs the code and answers requests.
- **Application logic**: the code that decides what happens, such as checking stock before confirming an order.
- **Database**: where long-lived records like users, orders and content are kept.
- **API**: the agreed set of endpoints the frontend and other services use to talk to the backend.`,
      },
      {
        heading: "Common technologies",
        body: `There is no single right stack. Popular choices include **Node.js** (often written in TypeScript), **Python** with Django or FastAPI, **Ruby on Rails**, **PHP** with Laravel, and **Go** for high-throughput services. Data usually lives in **PostgreSQL** or **MySQL**, with **Redis** for fast caching and background queues.

For marketing sites, a fully custom backend is often unnecessary. A headless CMS plus a few serverless functions can cover forms, search and integrations.`,
      },
      {
        heading: "Considerations",
        body: `- **Security**: protect user data with encryption and least-privilege access, keep infrastructure patched, validate every input at your API endpoints, restrict database access to the services that truly need it, and rely on proven authentication instead of home-made login code.
- **Performance**: write efficient queries backed by the right indexes, keep response times fast, use server resources sparingly, and add caching for data that is read often but changes rarely.
- **Scalability**: plan how the system will grow. Vertical scaling gives one server more power, horizontal scaling adds more servers, and load balancing spreads traffic across them so no single machine becomes a bottleneck.`,
      },
    ],
    related: ["frontend", "api", "database", "server", "caching"],
    seoDescription:
      "What is a backend? A plain-English guide to servers, databases and APIs, plus the security, performance and scaling choices behind web apps.",
  },
  {
    slug: "api",
    term: "API",
    pronunciation: "[ay-pee-eye]",
    category: "backend",
    summary:
      "An API, or application programming interface, is a defined way for two pieces of software to talk to each other. It lists the requests one system may send and the responses it will get back. Websites use APIs to pull in content, take payments, send emails or show data from other tools without needing to know how those tools work inside.",
    sections: [
      {
        heading: "How an API works",
        body: `A client sends a request to an **endpoint**, for example an address that returns a list of products. The API checks the request, does the work and sends back a response, usually formatted as JSON.

Good APIs are predictable: the same request always returns the same shape of answer, and errors are clearly labeled so developers know what went wrong.`,
      },
      {
        heading: "Why it matters for your site",
        body: `- Connects your website to your CRM, payment provider or newsletter tool.
- Lets a headless CMS deliver content to any frontend.
- Keeps systems separate, so one can be replaced without rebuilding the rest.
- Opens the door to partner integrations later on.`,
      },
    ],
    related: ["rest", "backend", "webhook", "authentication", "rate-limiting"],
    seoDescription:
      "What is an API? Learn how websites and apps exchange data through application programming interfaces, and why good APIs matter for your site.",
  },
  {
    slug: "database",
    term: "Database",
    pronunciation: "[day-tuh-bayss]",
    category: "backend",
    summary:
      "A database is an organized store of information that software can search, update and keep safe over time. On a website it might hold user accounts, orders, blog posts or form submissions. Databases are built to handle many people reading and writing at once without losing or mixing up records, which a folder of spreadsheets cannot reliably do.",
    sections: [
      {
        heading: "Relational and non-relational",
        body: `**Relational databases** such as PostgreSQL and MySQL store data in tables with strict columns and relationships. They suit orders, invoices and anything that needs accuracy.

**Document and key-value stores** such as MongoDB or Redis are more flexible and very fast for simple lookups. Plenty of products use both side by side.`,
      },
      {
        heading: "Keeping it healthy",
        body: `- Add indexes for the questions you ask most often.
- Back up automatically, and regularly test that restores actually work.
- Limit which people and services can connect directly.
- Use migrations so every structural change is tracked and repeatable.`,
      },
    ],
    related: ["backend", "orm", "caching", "server", "api"],
    seoDescription:
      "What is a database? A clear explanation of relational and non-relational databases and the habits that keep your website's data safe and fast.",
  },
  {
    slug: "server",
    term: "Server",
    pronunciation: "[sur-ver]",
    category: "backend",
    summary:
      "A server is a computer, physical or virtual, that waits for requests and sends back responses. When someone opens your website, their browser asks a server for pages, images and data. Servers can sit in a company's own building, but today most live in cloud data centers and are rented by the hour or by usage.",
    sections: [
      {
        heading: "Types of servers",
        body: `- **Web servers** deliver HTML, CSS, scripts and images.
- **Application servers** run backend code and business logic.
- **Database servers** store and query data.
- **Mail and file servers** handle email and storage.

On a small project one machine can play several of these roles. Larger systems split them up so each can be sized and secured on its own.`,
      },
      {
        heading: "Servers versus serverless",
        body: `Running your own server means choosing its size, patching it and watching it around the clock. **Serverless** platforms take that work away: you upload code and the provider runs it on demand. The servers still exist; you simply no longer manage them.`,
      },
    ],
    related: ["backend", "web-hosting", "serverless", "load-balancing", "http"],
    seoDescription:
      "What is a server? Learn what web, application and database servers do, and how running your own server compares with going serverless.",
  },
  {
    slug: "caching",
    term: "Caching",
    pronunciation: "[kash-ing]",
    category: "backend",
    summary:
      "Caching means keeping a copy of data somewhere quick to reach so it does not have to be fetched or calculated again. A cache can live in the browser, on a CDN, in server memory or in front of a database. Done well, caching makes pages load faster, lowers hosting costs and helps a site survive sudden spikes in traffic.",
    sections: [
      {
        heading: "Where caches live",
        body: `- **Browser cache**: stores files on the visitor's own device.
- **CDN cache**: keeps copies on servers close to visitors.
- **Application cache**: holds computed results in memory, often in Redis.
- **Database cache**: remembers the answers to frequent queries.`,
      },
      {
        heading: "The trade-off",
        body: `Every cache holds a copy, and copies can go stale. The key decisions are how long each item may be kept and how to clear it when the original changes.

That second problem is called **cache invalidation**, and it is where most caching bugs come from. A clear plan for it is worth more than any clever caching layer.`,
      },
    ],
    related: ["browser-cache", "cache-invalidation", "cdn", "database", "edge-network"],
    seoDescription:
      "What is caching? See where a cache can live, from browser to CDN to server memory, and how caching speeds up your site and cuts hosting costs.",
  },
  {
    slug: "cache-invalidation",
    term: "Cache invalidation",
    pronunciation: "[kash in-val-ih-day-shun]",
    category: "backend",
    summary:
      "Cache invalidation is the process of removing or refreshing cached copies when the original data changes. Without it, visitors might see an old price, an outdated headline or a deleted post long after you edited it. It is famously tricky because a single change may be cached in several places at once, each with its own rules and timing.",
    sections: [
      {
        heading: "Common strategies",
        body: `- **Time-based expiry**: every copy lives for a set time, then is fetched again.
- **Purge on publish**: the CMS tells the CDN to drop specific pages when content changes.
- **Versioned file names**: each build produces new file names, so old cached copies are simply never requested again.
- **Stale-while-revalidate**: the old copy is served instantly while a fresh one is fetched in the background.`,
      },
      {
        heading: "What to ask your team",
        body: `Ask how long a content edit takes to appear everywhere, and whether there is a way to force it. For marketing sites, an automatic purge triggered by publishing usually gives the best balance of speed and freshness.`,
      },
    ],
    related: ["caching", "browser-cache", "cdn", "headless-cms", "deployment"],
    seoDescription:
      "What is cache invalidation? Learn why edited content can look stale and the strategies teams use to refresh cached pages quickly and safely.",
  },
  {
    slug: "http",
    term: "HTTP",
    pronunciation: "[aych-tee-tee-pee]",
    category: "backend",
    summary:
      "HTTP, short for Hypertext Transfer Protocol, is the set of rules browsers and servers use to exchange web pages and data. A browser sends a request with a method such as GET or POST, and the server replies with a status code and content. HTTPS is the same protocol wrapped in encryption, and it is now the standard for every site.",
    sections: [
      {
        heading: "Status codes worth knowing",
        body: `- **200**: everything worked.
- **301**: the page has moved permanently, which matters a lot for SEO during a redesign.
- **404**: the page was not found.
- **500**: something broke on the server.
- **503**: the service is temporarily unavailable, often during maintenance.`,
      },
      {
        heading: "Newer versions",
        body: `HTTP/2 and HTTP/3 let browsers download many files over a single connection and recover faster on poor mobile networks. Most modern hosts and CDNs switch them on automatically, so the main task is making sure you are not stuck on an outdated setup.`,
      },
    ],
    related: ["rest", "server", "ssl-tls-certificate", "api", "cdn"],
    seoDescription:
      "What is HTTP? A quick guide to how browsers and servers talk, the status codes that matter for SEO, and what HTTPS, HTTP/2 and HTTP/3 add.",
  },
  {
    slug: "rest",
    term: "REST",
    pronunciation: "[rest]",
    category: "backend",
    summary:
      "REST, or Representational State Transfer, is a popular style for designing web APIs. Data is organized into resources, such as products or customers, each with its own address. Clients use standard HTTP methods to read, create, update or delete those resources. Its simplicity and reliance on plain HTTP make REST easy to learn, cache and debug.",
    sections: [
      {
        heading: "The basic verbs",
        body: `- **GET** reads a resource.
- **POST** creates a new one.
- **PUT** or **PATCH** updates it.
- **DELETE** removes it.

A well-designed REST API uses these consistently, so developers can guess how an endpoint behaves before reading the documentation.`,
      },
      {
        heading: "REST and its alternatives",
        body: `**GraphQL** lets a client ask for exactly the fields it needs in a single request, which suits complex apps with many screens. **RPC-style** APIs call named functions directly. REST remains the most common choice for public APIs and straightforward integrations.`,
      },
    ],
    related: ["api", "http", "webhook", "backend"],
    seoDescription:
      "What is a REST API? Understand resources, HTTP verbs and how REST compares with GraphQL, explained simply for founders and marketers.",
  },
  {
    slug: "webhook",
    term: "Webhook",
    pronunciation: "[web-hook]",
    category: "backend",
    summary:
      "A webhook is an automatic message one system sends to another when something happens. Instead of your site asking a payment provider every minute whether an invoice has been paid, the provider calls an address you chose the moment payment succeeds. Webhooks keep tools in sync in near real time and save a great deal of wasted checking.",
    sections: [
      {
        heading: "Typical uses",
        body: `- Marking an order as paid once the payment provider confirms it.
- Rebuilding a static site when content is published in the CMS.
- Posting a message in team chat when a form is submitted.
- Updating a CRM record when someone joins your newsletter.`,
      },
      {
        heading: "Doing it safely",
        body: `Anyone can send a request to a public address, so verify each webhook using the signature the sender provides. Make sure the same event arriving twice never leads to a double charge or a duplicate email, and respond quickly, moving slow work into a background job.`,
      },
    ],
    related: ["api", "rest", "backend", "static-site-generation", "authentication"],
    seoDescription:
      "What is a webhook? Learn how webhooks keep payment, CMS and CRM tools in sync automatically, and how to receive them securely.",
  },
  {
    slug: "authentication",
    term: "Authentication",
    pronunciation: "[aw-then-tih-kay-shun]",
    category: "backend",
    summary:
      "Authentication is how a system confirms that someone is who they say they are. Passwords, one-time codes, magic links, passkeys and signing in with Google or Microsoft are all forms of it. It is different from authorization, which decides what a confirmed user is allowed to see and do once they are inside.",
    sections: [
      {
        heading: "Common methods",
        body: `- **Password plus second factor**: familiar, and strong when the second factor is enforced.
- **Magic links**: a sign-in link sent by email, with no password to forget.
- **Single sign-on**: people log in through an identity provider their company already uses.
- **Passkeys**: device-based credentials that resist phishing.`,
      },
      {
        heading: "Best practice",
        body: `Use a well-maintained library or identity service rather than writing login code from scratch. Store passwords only as strong hashes, limit repeated attempts, and make account recovery as secure as the login itself.`,
      },
    ],
    related: ["session", "backend", "api", "rate-limiting", "ssl-tls-certificate"],
    seoDescription:
      "What is authentication? Compare passwords, magic links, single sign-on and passkeys, and learn the basics of keeping user logins secure.",
  },
  {
    slug: "session",
    term: "Session",
    pronunciation: "[sesh-un]",
    category: "backend",
    summary:
      "A session is the period during which a website remembers a signed-in user or a visitor's choices between page loads. HTTP forgets everything after each request, so sites store a session identifier, usually in a cookie, and look up the matching details on the server. Sessions power logins, shopping carts and multi-step forms.",
    sections: [
      {
        heading: "Server sessions and tokens",
        body: `With **server sessions**, the cookie holds only a random ID and the details stay in a database or memory store. With **tokens** such as JWTs, signed details travel along with each request.

Server sessions are easier to revoke; tokens save database lookups. Both are safe when configured carefully.`,
      },
      {
        heading: "Security basics",
        body: `- Mark session cookies as secure and HTTP-only.
- Expire idle sessions after a sensible period.
- Issue a fresh session ID after every login.
- Let users sign out of all their devices at once.`,
      },
    ],
    related: ["authentication", "backend", "http", "caching"],
    seoDescription:
      "What is a web session? Learn how sites remember logged-in users with cookies, server sessions or tokens, plus the key security basics.",
  },
  {
    slug: "orm",
    term: "ORM",
    pronunciation: "[oh-ar-em]",
    category: "backend",
    summary:
      "An ORM, or object-relational mapper, is a library that lets developers work with database records as ordinary objects in their programming language instead of writing raw SQL for every query. Prisma, Drizzle, the Django ORM and Active Record are well-known examples. ORMs speed up development and help keep database code consistent and type-safe.",
    sections: [
      {
        heading: "Benefits",
        body: `- Less repetitive query code.
- Type checking that catches mistakes before they reach production.
- Built-in migrations that track every database change.
- Protection against common injection attacks when used properly.`,
      },
      {
        heading: "Watch-outs",
        body: `ORMs can hide inefficient queries, such as fetching related records one at a time inside a loop. Good teams keep an eye on query logs and switch to hand-written SQL for the rare report or search that needs it.`,
      },
    ],
    related: ["database", "backend", "typescript", "api"],
    seoDescription:
      "What is an ORM? See how object-relational mappers like Prisma simplify database code, where they help, and the pitfalls to watch for.",
  },
  {
    slug: "rate-limiting",
    term: "Rate limiting",
    pronunciation: "[rayt lim-it-ing]",
    category: "backend",
    summary:
      "Rate limiting caps how many requests a user, IP address or API key can make within a given time. It protects servers from overload, slows down password guessing and scraping, and keeps shared resources fair. When someone goes over the limit, the server usually replies with status 429, Too Many Requests, and asks them to try again later.",
    sections: [
      {
        heading: "Where to apply it",
        body: `- Login, sign-up and password reset forms.
- Contact and newsletter forms that attract spam.
- Public API endpoints.
- Expensive operations such as search or file exports.`,
      },
      {
        heading: "Choosing sensible limits",
        body: `Set limits generous enough that real people never notice them and strict enough to stop automated abuse. Many CDNs and hosting platforms offer rate limiting at the edge, which blocks bad traffic before it ever reaches your servers.`,
      },
    ],
    related: ["api", "authentication", "server", "edge-network", "load-balancing"],
    seoDescription:
      "What is rate limiting? Learn how capping requests protects logins, forms and APIs from abuse, and how to set limits real users never notice.",
  },
  {
    slug: "microservices",
    term: "Microservices",
    pronunciation: "[my-kroh-sur-vis-iz]",
    category: "backend",
    summary:
      "Microservices is an architecture in which an application is split into small, independent services, each handling one job such as billing, search or notifications. Each service can be built, deployed and scaled on its own, and they talk to one another through APIs. The opposite approach, a single combined application, is called a monolith.",
    sections: [
      {
        heading: "When they help",
        body: `- Large teams that need to ship independently of each other.
- Parts of a system with very different scaling needs.
- Components that must be isolated for security or compliance reasons.`,
      },
      {
        heading: "When they hurt",
        body: `For most startups and marketing sites, microservices add more complexity than they remove: more deployments, more monitoring and more network calls that can fail.

A well-organized monolith is usually faster to build and easier to run until the team and the traffic have genuinely outgrown it.`,
      },
    ],
    related: ["backend", "api", "container", "serverless", "load-balancing"],
    seoDescription:
      "What are microservices? Understand how they differ from a monolith, when splitting an app into services helps, and when it only adds cost.",
  },
  {
    slug: "cms",
    term: "CMS",
    pronunciation: "[see-em-ess]",
    category: "backend",
    summary:
      "A CMS, or content management system, is software that lets non-developers create, edit and publish website content through a friendly editor. WordPress, Webflow and Squarespace are familiar examples. A good CMS lets your marketing team launch pages, update copy and publish posts without waiting on a developer, while keeping the design consistent.",
    sections: [
      {
        heading: "What to look for",
        body: `- Editing that matches how your team actually works.
- Reusable components so new pages stay on brand.
- Roles and approval steps for larger teams.
- Previews before anything goes live.
- Solid SEO controls for titles, descriptions and redirects.`,
      },
      {
        heading: "Traditional or headless",
        body: `A **traditional CMS** stores content and renders the website in one system. A **headless CMS** only stores and serves content, leaving developers free to build the frontend with any framework.

Traditional is simpler to start with; headless is more flexible as you grow.`,
      },
    ],
    related: ["headless-cms", "backend", "landing-page", "static-site-generation"],
    seoDescription:
      "What is a CMS? Learn what a content management system does, what to look for in one, and how traditional and headless options differ.",
  },
  {
    slug: "headless-cms",
    term: "Headless CMS",
    pronunciation: "[hed-lis see-em-ess]",
    category: "backend",
    summary:
      "A headless CMS stores and manages content but does not decide how it looks. Content is delivered through an API to any frontend: a website, a mobile app or even an in-store screen. Sanity, Contentful, Storyblok and Strapi are popular options. Teams choose headless when they want a custom, fast frontend alongside a polished editing experience.",
    sections: [
      {
        heading: "Advantages",
        body: `- Developers can use modern frameworks such as Next.js.
- The same content can feed several channels at once.
- Pages can be statically generated and served from a CDN for speed.
- The editing interface can be shaped around your own content model.`,
      },
      {
        heading: "Trade-offs",
        body: `Editors lose some of the drag-and-drop freedom of all-in-one site builders, and live previews need extra setup. New layouts also depend on developers, which is why a well-built component library matters so much.`,
      },
    ],
    related: ["cms", "api", "static-site-generation", "react", "webhook"],
    seoDescription:
      "What is a headless CMS? See how separating content from presentation enables fast custom frontends, and the trade-offs for your editors.",
  },
  {
    slug: "version-control",
    term: "Version control",
    pronunciation: "[vur-zhun kun-trohl]",
    category: "backend",
    summary:
      "Version control is a system for tracking every change made to a project's files over time. Git is by far the most common tool, usually hosted on GitHub or GitLab. It lets several people work on the same code safely, shows who changed what and why, and makes it possible to roll back to any earlier state.",
    sections: [
      {
        heading: "Key ideas",
        body: `- **Commit**: a saved snapshot with a short description.
- **Branch**: a separate line of work, such as a new feature.
- **Pull request**: a proposal to merge a branch, reviewed before it lands.
- **Merge**: combining finished work back into the main line.`,
      },
      {
        heading: "Why clients should care",
        body: `If your site lives in a repository your company owns, you are never locked in to a single freelancer or agency. Every change is documented, and a faulty release can be undone in minutes.`,
      },
    ],
    related: ["deployment", "staging-environment", "backend", "frontend"],
    seoDescription:
      "What is version control? Learn how Git tracks every change to your website's code, enables safe teamwork and protects you from lock-in.",
  },

  // ───────────────────────────── Frontend ─────────────────────────────
  {
    slug: "frontend",
    term: "Frontend",
    pronunciation: "[frunt-end]",
    category: "frontend",
    summary:
      "The frontend is everything visitors see and interact with in their browser: layout, text, images, buttons, forms and animations. It is built with HTML, CSS and JavaScript, often with the help of a framework such as React. The frontend turns a design into a working interface and talks to the backend to fetch and send data.",
    sections: [
      {
        heading: "What frontend developers do",
        body: `- Translate designs into accessible, responsive layouts.
- Build reusable components such as navigation, cards and forms.
- Connect the interface to APIs and content sources.
- Tune performance so pages load and respond quickly.`,
      },
      {
        heading: "Frontend and design",
        body: `The closer designers and frontend developers work, the better the result. A design system with shared names, tokens and components means that what gets approved in Figma is exactly what ships in the browser.`,
      },
    ],
    related: ["backend", "html", "css", "javascript", "react"],
    seoDescription:
      "What is the frontend? Learn what frontend development covers, from HTML and CSS to React components, and how it connects design to code.",
  },
  {
    slug: "html",
    term: "HTML",
    pronunciation: "[aych-tee-em-el]",
    category: "frontend",
    summary:
      "HTML, or HyperText Markup Language, is the language that gives a web page its structure. It marks up content as headings, paragraphs, lists, links, images, forms and more, so browsers, search engines and assistive technologies know what each part is. Every website, however it was built, ends up as HTML in the browser.",
    sections: [
      {
        heading: "Semantic HTML",
        body: `Using the right element for each job is called semantic HTML. A real button element instead of a styled box, or a proper heading order instead of random bold text, improves accessibility and SEO at no extra cost.`,
      },
      {
        heading: "Elements that matter for marketing",
        body: `- **Title and meta tags** shape how pages appear in search results.
- **Headings** outline the page for readers and crawlers alike.
- **Alt text** on images describes them for screen reader users.
- **Form labels** make sign-up forms usable for everyone.`,
      },
    ],
    related: ["css", "javascript", "accessibility", "title-tag", "frontend"],
    seoDescription:
      "What is HTML? Understand how markup structures every web page and why semantic HTML quietly improves accessibility and SEO.",
  },
  {
    slug: "css",
    term: "CSS",
    pronunciation: "[see-ess-ess]",
    category: "frontend",
    summary:
      "CSS, or Cascading Style Sheets, is the language that controls how HTML looks: colors, fonts, spacing, layout and animation. The same HTML can look completely different with different CSS. Modern CSS includes powerful tools such as Flexbox, Grid and container queries, which make responsive, polished layouts far easier to build than they used to be.",
    sections: [
      {
        heading: "Key concepts",
        body: `- **Selectors** choose which elements a rule applies to.
- **The cascade** decides which rule wins when several apply.
- **The box model** describes padding, borders and margins.
- **Media queries** change styles at different screen sizes.`,
      },
      {
        heading: "Approaches teams use",
        body: `Some teams write plain CSS or CSS Modules; others prefer utility frameworks such as Tailwind CSS. What matters most is consistency: spacing, colors and type sizes should all come from one shared set of design tokens.`,
      },
    ],
    related: ["html", "responsive-design", "design-system", "minification", "breakpoint"],
    seoDescription:
      "What is CSS? Learn how style sheets control color, type and layout, the core concepts behind them, and how teams keep CSS consistent.",
  },
  {
    slug: "javascript",
    term: "JavaScript",
    pronunciation: "[jah-vuh-skript]",
    category: "frontend",
    summary:
      "JavaScript is the programming language of the web. It runs in every browser and adds behavior to pages: menus that open, forms that validate, content that updates without a reload. It also runs on servers through Node.js. JavaScript makes rich experiences possible, but shipping too much of it is one of the most common causes of slow websites.",
    sections: [
      {
        heading: "What it powers",
        body: `- Interactive components such as tabs, sliders and dialogs.
- Analytics, chat widgets and marketing tags.
- Full applications built with frameworks like React.
- Server code, build tools and serverless functions.`,
      },
      {
        heading: "Keeping it lean",
        body: `Every script has to be downloaded, parsed and run, which is hard work for budget phones. Audit third-party tags regularly, load non-essential scripts later, and use plain HTML and CSS whenever they can do the job on their own.`,
      },
    ],
    related: ["typescript", "react", "html", "minification", "lazy-loading"],
    seoDescription:
      "What is JavaScript? See what the web's programming language powers, why too much of it slows sites down, and how to keep it lean.",
  },
  {
    slug: "typescript",
    term: "TypeScript",
    pronunciation: "[type-skript]",
    category: "frontend",
    summary:
      "TypeScript is JavaScript with types added. Developers describe the shape of their data, such as which fields a customer record has, and the editor flags mistakes before the code ever runs. It compiles to ordinary JavaScript, so it works anywhere JavaScript does. Most modern web projects, including the ones we build, are written in TypeScript.",
    sections: [
      {
        heading: "Why teams adopt it",
        body: `- Catches typos and wrong assumptions early.
- Makes large codebases safer to change.
- Provides better autocomplete and inline documentation.
- Helps new developers understand unfamiliar code faster.`,
      },
      {
        heading: "The cost",
        body: `There is a small learning curve and a little extra code to write. For anything larger than a quick script, the time saved on bugs and onboarding usually repays that investment within weeks.`,
      },
    ],
    related: ["javascript", "react", "orm", "frontend"],
    seoDescription:
      "What is TypeScript? Learn how adding types to JavaScript catches bugs early and why most modern web projects are now written in it.",
  },
  {
    slug: "react",
    term: "React",
    pronunciation: "[ree-akt]",
    category: "frontend",
    summary:
      "React is a JavaScript library for building user interfaces out of reusable components. A button, a pricing card or a whole page section can be written once and reused everywhere with different content. Created at Meta, React has a huge ecosystem and powers frameworks such as Next.js, which add routing, rendering options and performance features.",
    sections: [
      {
        heading: "Components and props",
        body: `Each component is a small piece of interface that receives data, called props, and describes what should appear on screen.

Building a site from components keeps it consistent and makes design changes faster, because you update one component instead of twenty pages.`,
      },
      {
        heading: "React frameworks",
        body: `On its own, React only handles the interface. Frameworks like **Next.js** and **Remix** add routing, data loading, server-side rendering and static generation, all of which matter a great deal for SEO and speed on marketing sites.`,
      },
    ],
    related: ["javascript", "typescript", "single-page-application", "server-side-rendering", "design-system"],
    seoDescription:
      "What is React? Understand components and props, how frameworks like Next.js build on React, and why it suits fast marketing sites.",
  },
  {
    slug: "single-page-application",
    term: "Single-page application",
    pronunciation: "[sing-gul payj ap-lih-kay-shun]",
    category: "frontend",
    summary:
      "A single-page application, or SPA, loads one HTML page and then uses JavaScript to swap content as people move around, without full page reloads. This makes apps like dashboards and editors feel smooth and instant. The trade-off is a heavier first load and extra work to make content visible to search engines and social link previews.",
    sections: [
      {
        heading: "Good fits",
        body: `- Logged-in dashboards and internal tools.
- Editors, design tools and other highly interactive apps.
- Products where SEO matters little and sessions are long.`,
      },
      {
        heading: "Less good fits",
        body: `Marketing sites, blogs and shops depend on fast first impressions and search traffic. For those, server-side rendering or static site generation usually performs better, and modern frameworks let you mix both approaches within one project.`,
      },
    ],
    related: ["server-side-rendering", "static-site-generation", "react", "javascript", "seo"],
    seoDescription:
      "What is a single-page application? Learn how SPAs work, where they shine, and why marketing sites often do better with other rendering modes.",
  },
  {
    slug: "server-side-rendering",
    term: "Server-side rendering",
    pronunciation: "[sur-ver syd ren-der-ing]",
    category: "frontend",
    summary:
      "Server-side rendering, or SSR, means the server builds the full HTML for a page each time it is requested and sends it ready to display. Visitors see content quickly, and search engines can read it without running JavaScript. SSR suits pages that change often or depend on who is viewing them, such as personalized dashboards or live inventory.",
    sections: [
      {
        heading: "Benefits",
        body: `- A fast first view, even on slower devices.
- Content fully visible to crawlers and link previews.
- Data that is current at the moment of each request.`,
      },
      {
        heading: "Costs",
        body: `Every visit asks the server to do some work, so hosting can cost more than serving static files, and a slow data source makes the whole page slow. Caching rendered pages for a short time is a common middle ground.`,
      },
    ],
    related: ["static-site-generation", "single-page-application", "react", "caching", "seo"],
    seoDescription:
      "What is server-side rendering? Learn how SSR delivers ready-made HTML for speed and SEO, and when its hosting costs are worth paying.",
  },
  {
    slug: "static-site-generation",
    term: "Static site generation",
    pronunciation: "[stat-ik syt jen-uh-ray-shun]",
    category: "frontend",
    summary:
      "Static site generation, or SSG, builds every page into ready-made HTML files ahead of time, during deployment. Those files can be served straight from a CDN, which makes them extremely fast, cheap to host and hard to break. It is ideal for marketing pages, documentation and blogs whose content changes far less often than it is read.",
    sections: [
      {
        heading: "Keeping content fresh",
        body: `When content changes, the site is rebuilt, often triggered automatically by a webhook from the CMS. Frameworks like Next.js also support **incremental regeneration**, which refreshes individual pages in the background without rebuilding the whole site.`,
      },
      {
        heading: "Why we like it for marketing sites",
        body: `- Excellent Core Web Vitals out of the box.
- Fewer moving parts, so less can go wrong.
- Handles traffic spikes from launches or press coverage without extra servers.`,
      },
    ],
    related: ["server-side-rendering", "cdn", "headless-cms", "core-web-vitals", "webhook"],
    seoDescription:
      "What is static site generation? See how pre-built HTML pages served from a CDN make marketing sites fast, cheap to host and reliable.",
  },
  {
    slug: "progressive-web-app",
    term: "Progressive web app",
    pronunciation: "[proh-gres-iv web ap]",
    category: "frontend",
    summary:
      "A progressive web app, or PWA, is a website built to behave like an installed app. It can be added to the home screen, load quickly on repeat visits, keep working on a poor or missing connection and, on supported devices, send notifications. PWAs use standard web technology, so there is no app store approval and one codebase serves every platform.",
    sections: [
      {
        heading: "What makes a site a PWA",
        body: `- It is served securely over HTTPS.
- A web app manifest describes its name, icons and colors.
- A service worker caches files and handles offline use.`,
      },
      {
        heading: "When it is worth it",
        body: `PWAs shine for tools people return to often, such as booking systems or field apps. For a typical marketing site, a manifest and a proper favicon set are worth adding, but full offline support rarely pays off.`,
      },
    ],
    related: ["javascript", "browser-cache", "favicon", "single-page-application"],
    seoDescription:
      "What is a progressive web app? Learn how PWAs install, work offline and load fast using web technology, and when building one pays off.",
  },
  {
    slug: "lazy-loading",
    term: "Lazy loading",
    pronunciation: "[lay-zee loh-ding]",
    category: "frontend",
    summary:
      "Lazy loading delays loading images, videos or scripts until they are actually needed, usually just before they scroll into view. Visitors download less up front, so the first screen appears faster and mobile data is saved. Modern browsers support lazy loading for images and iframes natively with a single attribute, so no extra library is required.",
    sections: [
      {
        heading: "What to lazy load",
        body: `- Images and videos further down the page.
- Embedded maps, videos and social feeds.
- Chat widgets and other non-essential scripts.`,
      },
      {
        heading: "What not to lazy load",
        body: `Never lazy load the main hero image or anything visible on the first screen. Delaying it makes the largest element appear later and hurts Largest Contentful Paint, one of the Core Web Vitals.`,
      },
    ],
    related: ["image-optimization", "core-web-vitals", "hero-section", "javascript", "above-the-fold"],
    seoDescription:
      "What is lazy loading? Learn how deferring off-screen images and scripts speeds up pages, and which elements you should never lazy load.",
  },
  {
    slug: "minification",
    term: "Minification",
    pronunciation: "[min-ih-fih-kay-shun]",
    category: "frontend",
    summary:
      "Minification strips out everything a computer does not need from code files: spaces, line breaks, comments and long variable names. The code behaves exactly the same but is smaller, so it downloads and parses faster. Build tools for modern frameworks minify HTML, CSS and JavaScript automatically during production builds, so it is rarely a manual job.",
    sections: [
      {
        heading: "Minification and compression",
        body: `Minification changes the file itself. **Compression** such as gzip or Brotli then squeezes it further while it travels over the network. Together they can shrink text files by 70 percent or more.`,
      },
      {
        heading: "Beyond minifying",
        body: `Minification cannot fix code that should not be shipped at all. Removing unused libraries and splitting bundles so each page loads only what it needs usually saves far more than squeezing what remains.`,
      },
    ],
    related: ["javascript", "css", "core-web-vitals", "bandwidth"],
    seoDescription:
      "What is minification? See how stripping unneeded characters from code, combined with compression, makes web pages smaller and faster.",
  },
  {
    slug: "image-optimization",
    term: "Image optimization",
    pronunciation: "[im-ij op-tih-my-zay-shun]",
    category: "frontend",
    summary:
      "Image optimization means delivering images at the smallest file size that still looks sharp. It covers choosing the right format, resizing for each screen, compressing sensibly and loading images at the right moment. Images are usually the heaviest part of a page, so optimizing them is often the quickest single way to make a site faster.",
    sections: [
      {
        heading: "Practical checklist",
        body: `- Use modern formats like **WebP** or **AVIF**, and SVG for logos and icons.
- Serve several sizes so phones never download desktop-sized images.
- Set width and height to prevent layout shift.
- Lazy load images below the fold.
- Write useful alt text.`,
      },
      {
        heading: "Let tools do the work",
        body: `Image CDNs and framework image components handle resizing and format selection automatically. Your team uploads one high-quality original, and each visitor receives the best version for their device.`,
      },
    ],
    related: ["lazy-loading", "core-web-vitals", "cdn", "bandwidth", "responsive-design"],
    seoDescription:
      "What is image optimization? A practical checklist for formats, sizes and loading so your images look sharp without slowing your site.",
  },
  {
    slug: "web-font",
    term: "Web font",
    pronunciation: "[web font]",
    category: "frontend",
    summary:
      "A web font is a font file downloaded by the browser so text appears in your chosen typeface rather than whatever happens to be installed on the visitor's device. Web fonts are central to a brand's look, but each weight and style is another file to load, and poorly handled fonts cause invisible text or jarring layout shifts.",
    sections: [
      {
        heading: "Loading fonts well",
        body: `- Limit families and weights to what the design truly uses.
- Use **WOFF2**, the most compact format.
- Self-host fonts or preload the critical ones.
- Use a font-display setting so text shows immediately.
- Choose fallback fonts with similar proportions to reduce shifting.`,
      },
      {
        heading: "Variable fonts",
        body: `A variable font packs many weights and widths into a single file. If your design uses three or more weights of one family, the variable version is often smaller overall and gives designers finer control.`,
      },
    ],
    related: ["typography", "core-web-vitals", "css", "design-system"],
    seoDescription:
      "What is a web font? Learn how custom fonts load in the browser and the simple techniques that keep them fast and free of layout shifts.",
  },
  {
    slug: "browser-cache",
    term: "Browser cache",
    pronunciation: "[brow-zer kash]",
    category: "frontend",
    summary:
      "The browser cache is storage on the visitor's own device where the browser keeps copies of files it has already downloaded, such as images, stylesheets, scripts and fonts. On the next visit those files load instantly from the cache instead of the network. How long each file may be cached is controlled by headers sent from the server or CDN.",
    sections: [
      {
        heading: "How it is controlled",
        body: `The **Cache-Control** header tells the browser how long a file stays fresh. Files with a unique fingerprint in their name, such as app.3f9a1c.js, can safely be cached for a year, because any change produces a new name.

HTML pages usually get short lifetimes so content updates appear quickly.`,
      },
      {
        heading: "Seeing old content?",
        body: `If a change is live but you still see the previous version, your browser cache is a likely cause. A hard refresh or a private window will show the current page.`,
      },
    ],
    related: ["caching", "cache-invalidation", "cdn", "progressive-web-app", "http"],
    seoDescription:
      "What is the browser cache? Learn how browsers store files for faster repeat visits, how cache headers control it, and how to see fresh content.",
  },
  {
    slug: "viewport",
    term: "Viewport",
    pronunciation: "[vyoo-port]",
    category: "frontend",
    summary:
      "The viewport is the visible area of a web page on a particular screen, and it changes with the device, window size and orientation. Responsive design is built around it. A viewport meta tag in the page head tells mobile browsers to match the page width to the device instead of shrinking a desktop layout to fit.",
    sections: [
      {
        heading: "Viewport units",
        body: `CSS offers units tied to the viewport, such as vw for width and vh for height. Newer units like dvh account for mobile browser toolbars that appear and disappear, which fixes the classic problem of full-height hero sections jumping around on phones.`,
      },
      {
        heading: "Designing for many viewports",
        body: `- Design for small screens first, then enhance.
- Test on real devices, not only a resized desktop window.
- Remember that the fold sits in a different place on every viewport.`,
      },
    ],
    related: ["responsive-design", "breakpoint", "above-the-fold", "hero-section", "css"],
    seoDescription:
      "What is the viewport? Understand the visible area of a page, the viewport meta tag and viewport units, and why they matter on mobile.",
  },
  {
    slug: "breakpoint",
    term: "Breakpoint",
    pronunciation: "[brayk-point]",
    category: "frontend",
    summary:
      "A breakpoint is a screen width at which a responsive layout changes, for example moving from one column to three, or swapping a full menu for a compact one. Breakpoints are defined in CSS with media queries. Good breakpoints follow the content, changing where the design starts to look cramped rather than matching particular phone models.",
    sections: [
      {
        heading: "A typical setup",
        body: `Many design systems use a small set of named breakpoints, roughly matching phones, tablets, laptops and large desktops. Keeping the list short, and identical in design files and code, keeps layouts predictable.`,
      },
      {
        heading: "Beyond breakpoints",
        body: `Fluid type and spacing scale smoothly between sizes, and **container queries** let a component adapt to the space it is given rather than the whole screen. Together they reduce the number of breakpoints you need to manage.`,
      },
    ],
    related: ["responsive-design", "viewport", "css", "grid-system"],
    seoDescription:
      "What is a breakpoint? Learn how responsive layouts change at set screen widths and how fluid sizing and container queries reduce them.",
  },

  // ───────────────────────────── Design ─────────────────────────────
  {
    slug: "hero-section",
    term: "Hero section",
    pronunciation: "[heer-oh sek-shun]",
    category: "design",
    summary:
      "The hero section is the first and most prominent block on a web page, usually combining a headline, a short supporting line, a call to action and a strong visual. It is the first thing visitors see, and it has only a few seconds to tell them what you offer, who it is for and what to do next.",
    sections: [
      {
        heading: "Anatomy of a strong hero",
        body: `- **Headline** that states the value in plain words.
- **Subheadline** that adds specifics or proof.
- **Primary call to action**, plus an optional secondary one.
- **Visual** that shows the product or the outcome, not generic stock imagery.
- **Trust signal** such as client logos, a rating or a short quote.`,
      },
      {
        heading: "Common mistakes",
        body: `Clever slogans that explain nothing, carousels that rotate away before anyone reads them, several competing buttons, and huge unoptimized background videos that slow the page down.

A hero is a promise, so clarity always beats decoration.`,
      },
      {
        heading: "Why we start here",
        body: `Because the hero carries so much weight, improving it often changes results faster than any other single edit. That is why our free hero redesign focuses on this one section: it is the quickest way to show what better design can do for your numbers.`,
      },
    ],
    related: ["call-to-action", "above-the-fold", "visual-hierarchy", "landing-page", "conversion-rate"],
    seoDescription:
      "What is a hero section? Learn the anatomy of a high-converting hero, the common mistakes to avoid, and why it matters so much.",
  },
  {
    slug: "call-to-action",
    term: "Call to action",
    pronunciation: "[kawl too ak-shun]",
    category: "design",
    summary:
      "A call to action, or CTA, is a prompt that invites visitors to take a specific next step, such as starting a trial, booking a call or downloading a guide. It is usually a button or link with short, action-led text. Clear, well-placed calls to action turn interest into results and are among the most frequently tested elements on any site.",
    sections: [
      {
        heading: "Writing good CTAs",
        body: `- Start with a verb: Start, Book, Get, See.
- Describe the outcome, not the mechanics: **Get my free redesign** beats **Submit**.
- Reduce perceived risk nearby with a line like **No card required**.
- Keep one primary action per section.`,
      },
      {
        heading: "Design and placement",
        body: `The primary CTA should be the most visually distinct element in its section, with enough contrast and space around it to stand out. On long pages, repeat it after key content so visitors never have to scroll back up to act.`,
      },
    ],
    related: ["hero-section", "conversion-rate", "a-b-testing", "landing-page", "visual-hierarchy"],
    seoDescription:
      "What is a call to action? Tips for writing, designing and placing CTA buttons that turn website visitors into leads and customers.",
  },
  {
    slug: "responsive-design",
    term: "Responsive design",
    pronunciation: "[ree-spon-siv dih-zyn]",
    category: "design",
    summary:
      "Responsive design is an approach in which one website adapts its layout, images and typography to fit any screen, from small phones to wide monitors. Rather than building separate mobile and desktop sites, a single flexible design rearranges itself. With most traffic now arriving on phones, responsive design is a basic expectation rather than an extra.",
    sections: [
      {
        heading: "Building blocks",
        body: `- **Fluid grids** that use proportions rather than fixed widths.
- **Flexible images** that scale within their containers.
- **Media and container queries** that adjust layouts at breakpoints.
- **Touch-friendly targets** sized for fingers, not cursors.`,
      },
      {
        heading: "Mobile first",
        body: `Designing for the smallest screen first forces clear priorities: only what truly matters makes it onto the page. Larger layouts then add room and richness, instead of a desktop design being crammed onto a phone.`,
      },
    ],
    related: ["breakpoint", "viewport", "grid-system", "css", "image-optimization"],
    seoDescription:
      "What is responsive design? Learn how one website adapts to every screen size, the building blocks behind it, and why mobile-first works.",
  },
  {
    slug: "accessibility",
    term: "Accessibility",
    pronunciation: "[ak-ses-ih-bil-ih-tee]",
    category: "design",
    summary:
      "Accessibility means designing and building websites that everyone can use, including people with visual, hearing, motor or cognitive impairments. It covers readable contrast, keyboard navigation, screen reader support, captions and clear language. Accessible sites reach more customers, reduce legal risk and are usually easier for every visitor to use. The common reference standard is WCAG.",
    sections: [
      {
        heading: "Quick wins",
        body: `- Check text contrast against the WCAG AA ratios.
- Make every interactive element reachable and visibly focused with a keyboard.
- Add meaningful alt text to informative images.
- Give every form field a proper label.
- Never rely on color alone to convey meaning.`,
      },
      {
        heading: "Make it routine",
        body: `Accessibility is cheapest when it is built in from the first wireframe. Include it in design reviews, run automated checks during development, and test key journeys with a screen reader before launch.`,
      },
    ],
    related: ["html", "color-palette", "typography", "ux", "ui"],
    seoDescription:
      "What is web accessibility? Learn the quick wins and habits that make your site usable for everyone and aligned with WCAG guidelines.",
  },
  {
    slug: "typography",
    term: "Typography",
    pronunciation: "[ty-pog-ruh-fee]",
    category: "design",
    summary:
      "Typography is the craft of choosing and arranging type so text is readable, clear and expressive. It covers typefaces, sizes, line length, line spacing, weight and hierarchy. On the web, where most content is words, typography shapes both how easy a page is to read and how a brand feels: serious, friendly, premium or playful.",
    sections: [
      {
        heading: "Principles we rely on",
        body: `- Body text of at least 16 pixels on most screens.
- Lines of roughly 50 to 80 characters.
- Line height of around 1.4 to 1.6 for paragraphs.
- A clear type scale with a handful of set sizes.
- Two typefaces at most, and often just one.`,
      },
      {
        heading: "Type as brand",
        body: `A distinctive headline font can carry much of a brand's personality, while a neutral, highly legible face handles body text. Pick fonts that include the weights and languages you need, and check that their licenses cover web use.`,
      },
    ],
    related: ["web-font", "visual-hierarchy", "design-system", "accessibility", "whitespace"],
    seoDescription:
      "What is typography? The practical principles behind readable, on-brand web type, from sizes and line length to choosing typefaces.",
  },
  {
    slug: "whitespace",
    term: "Whitespace",
    pronunciation: "[wyt-spays]",
    category: "design",
    summary:
      "Whitespace, also called negative space, is the empty area between and around elements on a page. It does not have to be white; it is simply space without content. Whitespace groups related items, separates unrelated ones, guides the eye and makes a design feel calm and confident. Cramped layouts feel cheap and are harder to read.",
    sections: [
      {
        heading: "Types of whitespace",
        body: `- **Micro whitespace**: the space between lines, letters and small elements.
- **Macro whitespace**: the margins and gaps between major sections.

Both matter, and both should come from a consistent spacing scale rather than guesswork.`,
      },
      {
        heading: "Why it is not wasted space",
        body: `Empty space can look like unused room. In practice, giving a headline and a call to action space to breathe makes them more noticeable, which often improves conversion rather than hurting it.`,
      },
    ],
    related: ["visual-hierarchy", "typography", "grid-system", "ui"],
    seoDescription:
      "What is whitespace in design? Learn how negative space groups content, guides the eye and makes pages calmer, clearer and more persuasive.",
  },
  {
    slug: "grid-system",
    term: "Grid system",
    pronunciation: "[grid sis-tum]",
    category: "design",
    summary:
      "A grid system is a set of columns, gutters and margins that designers use to align content consistently across pages. Common web grids use 12 columns on desktop and fewer on mobile. Grids bring order and rhythm, speed up design decisions and make it much easier for developers to build layouts that match the design precisely.",
    sections: [
      {
        heading: "Parts of a grid",
        body: `- **Columns**: vertical divisions that content snaps to.
- **Gutters**: the gaps between columns.
- **Margins**: the space between the grid and the screen edge.
- **Baseline**: an optional horizontal rhythm for text.`,
      },
      {
        heading: "Breaking the grid",
        body: `Grids are a guide, not a cage. Deliberately breaking them, with an image that bleeds off the edge or an offset quote, draws attention precisely because everything else lines up.`,
      },
    ],
    related: ["responsive-design", "breakpoint", "whitespace", "design-system", "wireframe"],
    seoDescription:
      "What is a grid system? Learn how columns, gutters and margins bring order to web layouts and make designs faster to build accurately.",
  },
  {
    slug: "wireframe",
    term: "Wireframe",
    pronunciation: "[wyr-fraym]",
    category: "design",
    summary:
      "A wireframe is a simple, low-detail sketch of a page layout that shows structure and content priority without colors, photography or final styling. It answers what goes where, and in what order, before anyone spends time on visuals. Wireframes make it quick and inexpensive to agree on a page's purpose and flow.",
    sections: [
      {
        heading: "What a wireframe includes",
        body: `- Page sections in their intended order.
- Draft headlines and copy that reflect real messaging.
- Key actions and navigation.
- Rough indications of images and forms.`,
      },
      {
        heading: "Wireframes in a subscription",
        body: `For brand-new pages we often share a wireframe first, as its own request. Feedback on structure at this stage saves several rounds of visual revisions later, so you get to a finished page sooner.`,
      },
    ],
    related: ["prototype", "ux", "hero-section", "grid-system", "design-system"],
    seoDescription:
      "What is a wireframe? Learn how low-detail layout sketches help teams agree on structure and content before investing in visual design.",
  },
  {
    slug: "prototype",
    term: "Prototype",
    pronunciation: "[proh-tuh-type]",
    category: "design",
    summary:
      "A prototype is a clickable model of a website or app that simulates how it will work before it is built. It can range from linked wireframes to polished, animated screens in Figma. Prototypes let teams test flows, gather feedback from real users and spot problems while changes still cost minutes rather than days.",
    sections: [
      {
        heading: "Low and high fidelity",
        body: `**Low-fidelity** prototypes test structure and flow quickly. **High-fidelity** prototypes look and behave like the finished product and are useful for user testing, stakeholder sign-off and developer handoff.`,
      },
      {
        heading: "Getting value from them",
        body: `- Test with around five real users; patterns appear fast.
- Give testers tasks to complete, not a guided tour.
- Prototype only the flows that carry real risk or uncertainty.`,
      },
    ],
    related: ["wireframe", "ux", "ui", "a-b-testing"],
    seoDescription:
      "What is a prototype? See how clickable design models help test ideas with real users and catch problems before development begins.",
  },
  {
    slug: "design-system",
    term: "Design system",
    pronunciation: "[dih-zyn sis-tum]",
    category: "design",
    summary:
      "A design system is a shared library of reusable components, design tokens, patterns and guidelines that keeps a product or website consistent as it grows. It connects design files and code, so a button looks and behaves the same everywhere. Teams with a design system ship new pages faster and spend less time debating small details.",
    sections: [
      {
        heading: "What it contains",
        body: `- **Design tokens** for color, type, spacing, radius and shadow.
- **Components** such as buttons, inputs, cards and navigation.
- **Patterns** for common layouts like pricing tables or sign-up flows.
- **Guidelines** on usage, tone and accessibility.`,
      },
      {
        heading: "Start small",
        body: `A design system does not need to be huge. A few dozen well-built components and a clear token set cover most marketing sites. Grow it when real needs appear, not for hypothetical ones.`,
      },
    ],
    related: ["style-guide", "ui", "color-palette", "typography", "react"],
    seoDescription:
      "What is a design system? Learn how tokens, components and guidelines keep a growing website consistent and help teams ship pages faster.",
  },
  {
    slug: "style-guide",
    term: "Style guide",
    pronunciation: "[styl gyd]",
    category: "design",
    summary:
      "A style guide is a reference document that defines how a brand looks and sounds: logo use, colors, typography, imagery, tone of voice and writing rules. It helps everyone who creates content, from designers to freelance writers, produce work that feels consistent. A style guide is often the starting point for a larger design system.",
    sections: [
      {
        heading: "Style guide or design system?",
        body: `A **style guide** sets the rules. A **design system** turns those rules into reusable, coded components. Small teams can start with a style guide alone; product teams usually need both.`,
      },
      {
        heading: "What to include",
        body: `- Logo versions, clear space and examples of misuse.
- Primary and secondary colors with exact values.
- Typefaces and a type scale.
- Photography and illustration direction.
- Voice and tone, with do and do-not examples.`,
      },
    ],
    related: ["design-system", "color-palette", "typography", "ui"],
    seoDescription:
      "What is a style guide? Learn what a brand style guide should include and how it differs from, and leads into, a full design system.",
  },
  {
    slug: "color-palette",
    term: "Color palette",
    pronunciation: "[kul-er pal-it]",
    category: "design",
    summary:
      "A color palette is the defined set of colors a brand or website uses, usually split into primary, secondary, neutral and feedback colors such as success and error. Each color has exact values and a clear role. A disciplined palette makes designs feel cohesive, supports accessibility and keeps the most important actions visually distinct.",
    sections: [
      {
        heading: "Building a usable palette",
        body: `- One or two brand colors for identity and key actions.
- A range of neutrals for text, backgrounds and borders.
- Semantic colors for success, warning and error states.
- Tints and shades of each for hover states and backgrounds.`,
      },
      {
        heading: "Contrast first",
        body: `Every text and background pairing should meet WCAG contrast guidelines. Brand colors that fail with white text can still be used for large shapes or accents, with darker variants reserved for buttons and links.`,
      },
    ],
    related: ["accessibility", "style-guide", "design-system", "visual-hierarchy", "ui"],
    seoDescription:
      "What is a color palette? Learn how to build a brand palette with clear roles for each color while keeping text contrast accessible.",
  },
  {
    slug: "visual-hierarchy",
    term: "Visual hierarchy",
    pronunciation: "[vizh-oo-ul hy-er-ar-kee]",
    category: "design",
    summary:
      "Visual hierarchy is the arrangement of elements so that people notice them in order of importance. Size, color, contrast, weight, position and spacing all signal what matters most. Strong hierarchy lets visitors scan a page and grasp it in seconds; weak hierarchy makes everything compete, so nothing stands out and people leave.",
    sections: [
      {
        heading: "Tools for hierarchy",
        body: `- **Size and weight**: bigger, bolder elements are seen first.
- **Contrast and color**: strong accents draw the eye.
- **Position**: in left-to-right languages, the top and left are usually read first.
- **Space**: isolated elements feel more important.`,
      },
      {
        heading: "A simple test",
        body: `Squint at the screen or step back from it. The first thing you notice should be the main message, followed by the primary call to action. If something else wins, the hierarchy needs work.`,
      },
    ],
    related: ["typography", "whitespace", "call-to-action", "hero-section", "color-palette"],
    seoDescription:
      "What is visual hierarchy? Learn how size, contrast, position and space guide visitors' eyes to your key message and call to action.",
  },
  {
    slug: "above-the-fold",
    term: "Above the fold",
    pronunciation: "[uh-buv thuh fohld]",
    category: "design",
    summary:
      "Above the fold refers to the part of a web page visible without scrolling. The term comes from newspapers, where the top half of the front page sold the issue. Online, the fold moves with every screen size, but the idea holds: the first view must earn attention and clearly signal why scrolling further is worthwhile.",
    sections: [
      {
        heading: "What belongs there",
        body: `- A clear statement of what you offer.
- A primary call to action.
- A hint of proof or credibility.
- A visual cue that there is more below.`,
      },
      {
        heading: "Myths and realities",
        body: `Visitors do scroll, so there is no need to cram everything into the first screen. What the top of the page must do is orient people and make them want to continue.

It must also load fast, which is why it should avoid lazy-loaded images and heavy scripts.`,
      },
    ],
    related: ["hero-section", "viewport", "call-to-action", "lazy-loading", "visual-hierarchy"],
    seoDescription:
      "What does above the fold mean? Learn what belongs in the first screen of a web page, and why you should not cram everything into it.",
  },
  {
    slug: "ux",
    term: "UX",
    pronunciation: "[yoo-eks]",
    category: "design",
    summary:
      "UX, or user experience, describes how people feel and fare when using a product or website: whether they can find what they need, understand it and finish tasks without frustration. UX design combines research, information architecture, interaction design and testing. Good UX is often invisible, because everything simply works the way visitors expect.",
    sections: [
      {
        heading: "UX activities",
        body: `- Interviews and surveys to understand users.
- Mapping journeys and site structure.
- Wireframing and prototyping flows.
- Usability testing and analytics reviews.`,
      },
      {
        heading: "UX and revenue",
        body: `Small UX fixes, such as fewer form fields or clearer pricing, often move business numbers more than a full visual refresh. That is why we look at how visitors behave before we redesign how a page looks.`,
      },
    ],
    related: ["ui", "wireframe", "prototype", "accessibility", "conversion-rate"],
    seoDescription:
      "What is UX? Learn what user experience design involves, from research to testing, and why small UX fixes can move business results.",
  },
  {
    slug: "ui",
    term: "UI",
    pronunciation: "[yoo-eye]",
    category: "design",
    summary:
      "UI, or user interface, is the visible layer people interact with: buttons, menus, forms, icons, typography and color. UI design focuses on how each element looks and behaves so the interface is clear, consistent and pleasant to use. UI and UX work hand in hand: UX shapes the journey, UI shapes every screen along the way.",
    sections: [
      {
        heading: "Qualities of good UI",
        body: `- **Consistency**: similar things look and act alike.
- **Feedback**: every action produces a visible response.
- **Clarity**: labels and icons mean what people expect.
- **Polish**: alignment, spacing and states are carefully finished.`,
      },
      {
        heading: "States designers must not forget",
        body: `Hover, focus, active, disabled, loading, empty and error states are where many interfaces feel unfinished. Designing them up front saves awkward guesswork during development.`,
      },
    ],
    related: ["ux", "design-system", "visual-hierarchy", "typography", "accessibility"],
    seoDescription:
      "What is UI design? Learn what makes a user interface clear and consistent, and the component states designers should never skip.",
  },
  {
    slug: "favicon",
    term: "Favicon",
    pronunciation: "[fav-ih-kon]",
    category: "design",
    summary:
      "A favicon is the small icon that represents a website in browser tabs, bookmarks, history and some search results. It is often a simplified version of the logo. Though tiny, it helps people find your tab among dozens, looks more professional in search listings and signals attention to detail to anyone who notices.",
    sections: [
      {
        heading: "What to prepare",
        body: `- An **SVG** favicon that scales cleanly, with a dark-mode variant if needed.
- A **PNG** fallback for older browsers.
- An **Apple touch icon** for home screens.
- Larger icons referenced in a web app manifest.`,
      },
      {
        heading: "Design tips",
        body: `Most logos are far too detailed at 16 pixels. Use a symbol, monogram or single letter, test it on both light and dark tabs, and make sure it still reads when you squint.`,
      },
    ],
    related: ["progressive-web-app", "style-guide", "ui", "html"],
    seoDescription:
      "What is a favicon? Learn which icon files your website needs for tabs, bookmarks and home screens, and how to design one that stays legible.",
  },

  // ───────────────────────────── SEO ─────────────────────────────
  {
    slug: "seo",
    term: "SEO",
    pronunciation: "[ess-ee-oh]",
    category: "seo",
    summary:
      "SEO, or search engine optimization, is the work of making a website easier to find in unpaid search results. It combines technical health, so search engines can crawl and understand pages; content that answers what people search for; and authority, built mainly through links from reputable sites. SEO compounds slowly but can deliver steady, low-cost traffic for years.",
    sections: [
      {
        heading: "The three pillars",
        body: `- **Technical SEO**: fast, crawlable, well-structured pages.
- **Content**: pages that match search intent better than the alternatives.
- **Authority**: mentions and backlinks from trusted sources.`,
      },
      {
        heading: "Design and SEO",
        body: `Redesigns are a common moment to lose rankings. Keep URLs where possible, redirect the ones that change, preserve strong content, and check titles and headings before launch.

A beautiful site that search engines cannot read is an expensive secret.`,
      },
    ],
    related: ["keyword-research", "meta-description", "title-tag", "backlink", "core-web-vitals"],
    seoDescription:
      "What is SEO? A plain-English overview of technical SEO, content and authority, and how to protect your rankings during a redesign.",
  },
  {
    slug: "meta-description",
    term: "Meta description",
    pronunciation: "[met-uh dih-skrip-shun]",
    category: "seo",
    summary:
      "A meta description is a short summary of a page, written in its HTML, that search engines may show beneath the title in results. It does not directly affect rankings, but a clear, relevant description can persuade more searchers to click. Search engines sometimes rewrite it when they think another passage on the page matches the query better.",
    sections: [
      {
        heading: "Writing a good one",
        body: `- Aim for roughly 140 to 155 characters so it is not cut off.
- Summarize what the page offers and who it helps.
- Include the main topic naturally; matching words may be highlighted.
- Give a reason to click, such as a free tool or a clear price.`,
      },
      {
        heading: "Common problems",
        body: `Duplicate descriptions across many pages, missing descriptions, and keyword lists that read like spam. Every important page deserves its own description, written for people first.`,
      },
    ],
    related: ["title-tag", "seo", "open-graph", "keyword-research"],
    seoDescription:
      "What is a meta description? Learn how this short page summary shapes search results and how to write descriptions that earn more clicks.",
  },
  {
    slug: "title-tag",
    term: "Title tag",
    pronunciation: "[ty-tul tag]",
    category: "seo",
    summary:
      "The title tag is the HTML element that sets a page's title. It appears in browser tabs, as the clickable headline in search results and often in social shares. It is one of the strongest on-page signals of what a page is about, so every page deserves a unique, descriptive title that matches what searchers are looking for.",
    sections: [
      {
        heading: "Guidelines",
        body: `- Keep it under roughly 60 characters.
- Put the main topic near the start.
- Add the brand name at the end if space allows.
- Make every title unique across the site.
- Write for clicks, not just for keywords.`,
      },
      {
        heading: "Title tag versus headline",
        body: `The title tag and the main heading on the page can differ. The heading can be more conversational, while the title is shaped for search results. Both should still describe the same topic.`,
      },
    ],
    related: ["meta-description", "seo", "html", "keyword-research", "open-graph"],
    seoDescription:
      "What is a title tag? Learn how page titles appear in search results and browser tabs, and simple rules for writing ones that rank and get clicked.",
  },
  {
    slug: "canonical-url",
    term: "Canonical URL",
    pronunciation: "[kuh-non-ih-kul yoo-ar-el]",
    category: "seo",
    summary:
      "A canonical URL is the preferred address for a page when the same or very similar content can be reached at several URLs, for example with tracking parameters, or both with and without a trailing slash. A canonical tag in the page head tells search engines which version to index, consolidating ranking signals instead of splitting them.",
    sections: [
      {
        heading: "When you need it",
        body: `- Tracking or filter parameters added to URLs.
- Content syndicated to other websites.
- Product pages reachable through several categories.
- HTTP and HTTPS, or www and non-www, versions still responding.`,
      },
      {
        heading: "Good habits",
        body: `Give every indexable page a self-referencing canonical, keep your sitemap limited to canonical URLs, and use redirects rather than canonicals when an old page has genuinely been replaced.`,
      },
    ],
    related: ["seo", "sitemap", "robots-txt", "title-tag"],
    seoDescription:
      "What is a canonical URL? Learn how canonical tags prevent duplicate content issues and consolidate ranking signals on one preferred page.",
  },
  {
    slug: "sitemap",
    term: "Sitemap",
    pronunciation: "[syt-map]",
    category: "seo",
    summary:
      "A sitemap is a file, usually in XML format, that lists the pages on a website you want search engines to find and index, often with the date each one was last updated. It does not guarantee rankings, but it helps crawlers discover new or deeply nested pages faster, especially on large sites or sites with few external links.",
    sections: [
      {
        heading: "Best practice",
        body: `- Generate it automatically from your CMS or framework.
- Include only live, indexable, canonical pages.
- Split very large sitemaps into several files.
- Submit it in Google Search Console and reference it in robots.txt.`,
      },
      {
        heading: "HTML sitemaps",
        body: `A separate, human-readable sitemap page can help visitors on very large sites. For most smaller sites, clear navigation and good internal links do the same job better.`,
      },
    ],
    related: ["robots-txt", "canonical-url", "seo", "static-site-generation"],
    seoDescription:
      "What is an XML sitemap? Learn how sitemaps help search engines discover your pages and the best practices for generating and submitting one.",
  },
  {
    slug: "robots-txt",
    term: "Robots.txt",
    pronunciation: "[roh-bots tee-eks-tee]",
    category: "seo",
    summary:
      "Robots.txt is a plain text file at the root of a website that tells search engine crawlers which areas they may or may not visit. It is useful for keeping bots away from admin pages, internal search results or staging areas. It is a polite request rather than a lock: well-behaved crawlers follow it, but it is not a security tool.",
    sections: [
      {
        heading: "Common uses",
        body: `- Blocking internal search results and endlessly filtered listing pages.
- Pointing crawlers to your sitemap.
- Keeping staging environments out of search, alongside password protection.`,
      },
      {
        heading: "A costly mistake",
        body: `A single line can block an entire website from search. It happens most often when a staging robots.txt is copied to production during launch, which is why checking this file is always on our go-live list.`,
      },
    ],
    related: ["sitemap", "seo", "staging-environment", "canonical-url"],
    seoDescription:
      "What is robots.txt? Learn how this small file guides search engine crawlers, what to use it for, and the launch mistake that can hide a site.",
  },
  {
    slug: "backlink",
    term: "Backlink",
    pronunciation: "[bak-link]",
    category: "seo",
    summary:
      "A backlink is a link from another website to yours. Search engines treat relevant backlinks from trusted sites as votes of confidence, which makes them one of the most important ranking factors. Backlinks also send referral visitors directly. Quality matters far more than quantity: one link from a respected industry publication beats hundreds from low-quality directories.",
    sections: [
      {
        heading: "Earning them",
        body: `- Publish original research, data or tools people want to cite.
- Create genuinely useful guides and glossaries.
- Get listed by partners, integrations and customers.
- Offer expert commentary to journalists and podcast hosts.`,
      },
      {
        heading: "What to avoid",
        body: `Buying links, joining link exchanges or mass-posting in comment sections can lead to penalties. If a tactic would feel awkward to explain to someone at a search engine, skip it.`,
      },
    ],
    related: ["seo", "keyword-research", "landing-page", "open-graph"],
    seoDescription:
      "What is a backlink? Learn why links from other websites matter for SEO, how to earn quality backlinks, and which tactics to avoid.",
  },
  {
    slug: "keyword-research",
    term: "Keyword research",
    pronunciation: "[kee-wurd ree-surch]",
    category: "seo",
    summary:
      "Keyword research is the process of finding the words and phrases potential customers type into search engines, then judging how many people search for them, how competitive they are and what the searcher really wants. It guides which pages to create, what to call them and how to structure content so it matches real demand.",
    sections: [
      {
        heading: "A simple process",
        body: `- List the problems customers describe in their own words.
- Expand the list with a keyword tool and search suggestions.
- Check intent by reviewing what already ranks.
- Prioritize terms with clear business value and realistic competition.
- Map one main topic to each page.`,
      },
      {
        heading: "Intent beats volume",
        body: `A phrase with a few hundred monthly searches from ready-to-buy visitors can be worth far more than a broad term with tens of thousands of casual browsers.`,
      },
    ],
    related: ["seo", "title-tag", "landing-page", "meta-description", "backlink"],
    seoDescription:
      "What is keyword research? A simple process for finding the search terms your customers use and choosing the ones worth targeting.",
  },
  {
    slug: "core-web-vitals",
    term: "Core Web Vitals",
    pronunciation: "[kor web vy-tulz]",
    category: "seo",
    summary:
      "Core Web Vitals are three metrics Google uses to measure real-world page experience: Largest Contentful Paint for loading, Interaction to Next Paint for responsiveness, and Cumulative Layout Shift for visual stability. They are collected from real Chrome users and count as a minor ranking signal. More importantly, they closely track whether a site actually feels fast.",
    sections: [
      {
        heading: "The three metrics",
        body: `- **LCP**: the main content should appear within 2.5 seconds.
- **INP**: the page should respond to taps and clicks within 200 milliseconds.
- **CLS**: layout shift should stay below 0.1, so nothing jumps under the visitor's finger.`,
      },
      {
        heading: "How to improve them",
        body: `Optimize and prioritize the hero image, trim JavaScript and third-party tags, reserve space for images and embeds, and load fonts carefully.

Measure with field data in Search Console, not only a single lab test on a fast laptop.`,
      },
    ],
    related: ["lazy-loading", "image-optimization", "web-font", "seo", "static-site-generation"],
    seoDescription:
      "What are Core Web Vitals? Understand LCP, INP and CLS in plain English and the practical fixes that make your pages feel faster.",
  },
  {
    slug: "schema-markup",
    term: "Schema markup",
    pronunciation: "[skee-muh mar-kup]",
    category: "seo",
    summary:
      "Schema markup is structured data added to a page's code that tells search engines precisely what the content represents, such as a product, an article, an FAQ, an event or a local business. Using the shared Schema.org vocabulary, it can make pages eligible for rich results like star ratings or prices, and helps machines understand your content.",
    sections: [
      {
        heading: "Useful types for studios and SaaS",
        body: `- **Organization** with logo and social profiles.
- **Article** for blog posts.
- **Product** or **Offer** for pricing pages.
- **BreadcrumbList** for site structure.
- **DefinedTerm** for glossary entries like this one.`,
      },
      {
        heading: "Keep it honest",
        body: `Markup must match what is visible on the page. Marking up reviews that do not appear, or inventing ratings, can get rich results withdrawn. Validate your markup with Google's testing tools before launch.`,
      },
    ],
    related: ["seo", "open-graph", "meta-description", "html"],
    seoDescription:
      "What is schema markup? Learn how structured data helps search engines understand your pages and qualify them for rich results.",
  },
  {
    slug: "open-graph",
    term: "Open Graph",
    pronunciation: "[oh-pun graf]",
    category: "seo",
    summary:
      "Open Graph is a set of meta tags that controls how a page appears when it is shared on social networks and messaging apps. It defines the title, description, image and type shown in the link preview. Without it, platforms guess, often picking a random image or clipped text, which makes shares look careless and attract fewer clicks.",
    sections: [
      {
        heading: "The essential tags",
        body: `- **og:title**: the headline in the preview.
- **og:description**: a short supporting line.
- **og:image**: ideally 1200 by 630 pixels.
- **og:url**: the canonical address of the page.`,
      },
      {
        heading: "Design the preview",
        body: `Treat share images as small ads. A branded template with the page title set in large type is easy to generate automatically for every blog post and landing page.`,
      },
    ],
    related: ["meta-description", "title-tag", "schema-markup", "seo"],
    seoDescription:
      "What is Open Graph? Learn which meta tags control your link previews on social media and chat apps, and how to make shares look great.",
  },
  {
    slug: "landing-page",
    term: "Landing page",
    pronunciation: "[land-ing payj]",
    category: "seo",
    summary:
      "A landing page is a web page built for a single goal, usually reached from an ad, email, search result or campaign. Unlike a homepage, which serves many audiences, a landing page speaks to one audience about one offer and guides them to one action, such as signing up or booking a demo. That focus is what makes it convert.",
    sections: [
      {
        heading: "Elements of an effective landing page",
        body: `- A headline that matches the promise of the ad or link.
- Clear benefits rather than a list of features.
- Social proof relevant to the audience.
- A single, repeated call to action.
- Minimal navigation so visitors are not distracted.`,
      },
      {
        heading: "Test and iterate",
        body: `Landing pages are ideal for experiments because the traffic is targeted and the goal is clear. Changes to the headline, the offer or the length of the form are worth testing one at a time.`,
      },
    ],
    related: ["conversion-rate", "call-to-action", "hero-section", "a-b-testing", "keyword-research"],
    seoDescription:
      "What is a landing page? Learn how single-goal pages differ from homepages and which elements make them convert campaign traffic.",
  },
  {
    slug: "conversion-rate",
    term: "Conversion rate",
    pronunciation: "[kun-vur-zhun rayt]",
    category: "seo",
    summary:
      "Conversion rate is the percentage of visitors who complete a desired action, such as signing up, buying or requesting a quote. If 1,000 people visit a page and 30 sign up, the conversion rate is 3 percent. It is one of the clearest ways to judge whether a design is doing its job rather than just looking good.",
    sections: [
      {
        heading: "Measuring it properly",
        body: `- Define the conversion precisely before you measure it.
- Segment by traffic source, because ad and organic visitors behave differently.
- Look at the whole funnel, not only the final step.
- Collect enough data before drawing conclusions.`,
      },
      {
        heading: "Levers that move it",
        body: `Clarity of the offer, trust signals, page speed, form length and pricing transparency usually matter far more than button color. Start where the most visitors drop off.`,
      },
    ],
    related: ["a-b-testing", "landing-page", "call-to-action", "ux", "hero-section"],
    seoDescription:
      "What is conversion rate? Learn how to calculate and measure it properly, and which design levers actually move it in the right direction.",
  },
  {
    slug: "a-b-testing",
    term: "A/B testing",
    pronunciation: "[ay bee test-ing]",
    category: "seo",
    summary:
      "A/B testing compares two versions of a page or element by showing each to a random share of visitors and measuring which performs better against a goal. It replaces opinion with evidence. Tests can cover headlines, layouts, calls to action, pricing presentation or whole page designs, provided there is enough traffic to reach a reliable result.",
    sections: [
      {
        heading: "Running a sound test",
        body: `- Start with a clear hypothesis and one main metric.
- Change one meaningful thing at a time.
- Decide the sample size before you start.
- Run for full weeks to smooth out weekday patterns.
- Do not stop early just because one version is ahead.`,
      },
      {
        heading: "Low-traffic sites",
        body: `With only a few hundred visitors a week, a test can take months to conclude. Focus instead on bold changes, user testing and careful before-and-after comparisons, and save A/B tests for your busiest pages.`,
      },
    ],
    related: ["conversion-rate", "landing-page", "call-to-action", "prototype"],
    seoDescription:
      "What is A/B testing? Learn how to compare page versions with real visitors, run statistically sound tests and adapt on low-traffic sites.",
  },

  // ───────────────────────────── Hosting ─────────────────────────────
  {
    slug: "load-balancing",
    term: "Load balancing",
    pronunciation: "[lohd bal-un-sing]",
    category: "hosting",
    summary:
      "Load balancing spreads incoming traffic across several servers so that no single machine is overwhelmed. A load balancer sits in front of the servers, sends each request to one that is healthy and available, and stops routing traffic to any that fail. It improves speed and reliability and makes it possible to add capacity without downtime.",
    sections: [
      {
        heading: "Common methods",
        body: `- **Round robin**: requests take turns across servers.
- **Least connections**: new requests go to the least busy server.
- **Geographic**: visitors are routed to the nearest region.
- **Health checks**: failing servers are removed from rotation automatically.`,
      },
      {
        heading: "Do you need one?",
        body: `If your site runs on a modern managed platform or a serverless host, load balancing is usually built in and invisible. It becomes a direct concern when you manage your own servers or need to spread traffic across several regions.`,
      },
    ],
    related: ["server", "uptime", "edge-network", "cdn", "microservices"],
    seoDescription:
      "What is load balancing? Learn how spreading traffic across servers keeps websites fast and online, and when you need to think about it.",
  },
  {
    slug: "cdn",
    term: "CDN",
    pronunciation: "[see-dee-en]",
    category: "hosting",
    summary:
      "A CDN, or content delivery network, is a group of servers spread around the world that store copies of your site's files and deliver them from the location closest to each visitor. This shortens the distance data travels, speeds up pages, reduces load on your main server and helps absorb traffic spikes and some attacks.",
    sections: [
      {
        heading: "What a CDN can serve",
        body: `- Images, fonts, stylesheets and scripts.
- Complete pages from a statically generated site.
- Video streams and file downloads.
- Increasingly, code that runs at the edge.`,
      },
      {
        heading: "Cache settings matter",
        body: `A CDN is only as good as its caching rules. Long cache lifetimes for fingerprinted files, short lifetimes or purges for HTML, and clear invalidation on publish give you speed without stale content.`,
      },
    ],
    related: ["edge-network", "caching", "cache-invalidation", "web-hosting", "load-balancing"],
    seoDescription:
      "What is a CDN? Learn how a content delivery network serves your site from servers near each visitor for faster, more resilient pages.",
  },
  {
    slug: "domain-name",
    term: "Domain name",
    pronunciation: "[doh-mayn naym]",
    category: "hosting",
    summary:
      "A domain name is the human-friendly address of a website, such as yourcompany.com. It is rented from a registrar, usually year by year, and points to your hosting through DNS records. Your domain is a core business asset: it carries your brand, your email and your search history, so it should live in an account your company controls.",
    sections: [
      {
        heading: "Choosing and protecting a domain",
        body: `- Keep it short, easy to spell and easy to say.
- Register it in a company-owned account with two-factor login.
- Turn on auto-renew and registrar lock.
- Consider common misspellings and key country versions.`,
      },
      {
        heading: "Moving domains",
        body: `Changing your main domain is possible but risky for SEO and email. If you must, redirect every old URL to its new equivalent and keep the old domain renewed for years afterwards.`,
      },
    ],
    related: ["dns", "ssl-tls-certificate", "web-hosting", "seo"],
    seoDescription:
      "What is a domain name? Learn how domains work, how to choose and protect yours, and what to consider before ever changing it.",
  },
  {
    slug: "dns",
    term: "DNS",
    pronunciation: "[dee-en-ess]",
    category: "hosting",
    summary:
      "DNS, the Domain Name System, is the internet's address book. It translates the domain names people remember into the numeric IP addresses computers use to find servers. DNS records also tell the world where to deliver your email and help verify domain ownership for services such as Google Workspace and email marketing tools.",
    sections: [
      {
        heading: "Record types you will meet",
        body: `- **A and AAAA**: point a name to an IP address.
- **CNAME**: point one name to another name.
- **MX**: say which servers receive your email.
- **TXT**: hold verification codes and email security settings such as SPF and DKIM.`,
      },
      {
        heading: "Changing DNS safely",
        body: `DNS changes can take minutes or hours to spread because resolvers cache old answers. Lower the record's time-to-live a day before a launch, document the current records, and double-check email records so a site move never breaks your inbox.`,
      },
    ],
    related: ["domain-name", "web-hosting", "cdn", "caching", "deployment"],
    seoDescription:
      "What is DNS? Learn how the Domain Name System connects your domain to your website and email, and how to change records without downtime.",
  },
  {
    slug: "ssl-tls-certificate",
    term: "SSL/TLS certificate",
    pronunciation: "[ess-ess-el tee-el-ess ser-tif-ih-kit]",
    category: "hosting",
    summary:
      "An SSL/TLS certificate is a digital file that lets a website use HTTPS, encrypting traffic between the browser and the server and proving the site belongs to its domain. Browsers flag sites without one as not secure. TLS is the modern protocol; SSL is the older name that stuck. Most hosts now issue certificates free and renew them automatically.",
    sections: [
      {
        heading: "Why it matters",
        body: `- Protects logins, forms and payments from interception.
- Avoids browser warnings that scare visitors away.
- Required for modern features like HTTP/2 and service workers.
- Expected by search engines.`,
      },
      {
        heading: "Things to check",
        body: `Make sure every page redirects from HTTP to HTTPS, that certificates renew automatically, and that subdomains such as your blog or help center are covered too.`,
      },
    ],
    related: ["http", "domain-name", "web-hosting", "authentication"],
    seoDescription:
      "What is an SSL/TLS certificate? Learn how HTTPS certificates encrypt traffic, build visitor trust and what to check on your own site.",
  },
  {
    slug: "web-hosting",
    term: "Web hosting",
    pronunciation: "[web hohst-ing]",
    category: "hosting",
    summary:
      "Web hosting is the service that stores your website's files and makes them available on the internet around the clock. Options range from cheap shared hosting to dedicated servers, cloud platforms and modern hosts built for frameworks like Next.js. The right choice depends on your site's technology, traffic, budget and how much maintenance you want to take on.",
    sections: [
      {
        heading: "Main types",
        body: `- **Shared hosting**: low cost, many sites on one server, limited performance.
- **VPS or dedicated**: more control and power, and more upkeep.
- **Cloud platforms**: flexible infrastructure billed by usage.
- **Managed platforms**: push code, and the host handles builds, CDN and scaling.`,
      },
      {
        heading: "What we recommend",
        body: `For most marketing sites, a managed platform with a global CDN, preview deployments and automatic HTTPS offers the best balance. Whatever you choose, the account should belong to your company, not to your designer or agency.`,
      },
    ],
    related: ["server", "cdn", "uptime", "deployment", "serverless"],
    seoDescription:
      "What is web hosting? Compare shared, dedicated, cloud and managed hosting, and learn which option suits a modern marketing website.",
  },
  {
    slug: "uptime",
    term: "Uptime",
    pronunciation: "[up-tym]",
    category: "hosting",
    summary:
      "Uptime is the share of time a website or service is available and working, usually expressed as a percentage. An uptime of 99.9 percent still allows about 43 minutes of downtime a month, while 99.99 percent allows about four. Hosting providers often promise an uptime level in their service agreement, sometimes with credits if they miss it.",
    sections: [
      {
        heading: "Monitoring uptime",
        body: `- Use an external monitor that checks key pages every minute.
- Alert the right people by email, chat or phone.
- Check more than the homepage: forms and checkout matter too.
- Keep a public status page for customer-facing products.`,
      },
      {
        heading: "Improving it",
        body: `Redundancy is the main lever: several servers behind a load balancer, static pages on a CDN and automatic failover. Careful deployments with easy rollbacks prevent many self-inflicted outages.`,
      },
    ],
    related: ["load-balancing", "web-hosting", "cdn", "deployment", "server"],
    seoDescription:
      "What is uptime? Learn what uptime percentages really mean in minutes of downtime, and how monitoring and redundancy keep sites online.",
  },
  {
    slug: "serverless",
    term: "Serverless",
    pronunciation: "[sur-ver-lis]",
    category: "hosting",
    summary:
      "Serverless is a way of running code in the cloud without managing servers yourself. You write small functions, and the provider runs them only when needed, scales them automatically and bills per use. Servers still exist, but patching, capacity planning and scaling become the provider's job. It suits forms, APIs and tasks with unpredictable traffic.",
    sections: [
      {
        heading: "Strengths",
        body: `- No servers to patch or size.
- Scales from zero to large spikes automatically.
- You pay only for actual use, which is cheap at low traffic.
- Fits naturally with static and edge-hosted sites.`,
      },
      {
        heading: "Limitations",
        body: `Functions may start slowly after sitting idle, have time and memory limits, and can become expensive at constant high volume. Long-running jobs and persistent connections often fit better on a traditional server or container.`,
      },
    ],
    related: ["server", "container", "edge-network", "web-hosting", "microservices"],
    seoDescription:
      "What is serverless? Learn how serverless functions run code without managing servers, where they shine, and their main limitations.",
  },
  {
    slug: "container",
    term: "Container",
    pronunciation: "[kun-tay-ner]",
    category: "hosting",
    summary:
      "A container packages an application with everything it needs to run, including code, libraries and settings, into one portable unit. It behaves the same way on a developer's laptop, a test server or the cloud. Docker popularized containers, and orchestration platforms such as Kubernetes manage large numbers of them across clusters of servers.",
    sections: [
      {
        heading: "Why teams use them",
        body: `- Consistent environments end the classic **it works on my machine** problem.
- Quick to start, stop and replace.
- Easy to run several services side by side.
- Supported by nearly every cloud provider.`,
      },
      {
        heading: "Do you need them?",
        body: `Marketing sites on managed hosts rarely need containers directly. They become useful when an app has several services, unusual system dependencies or strict requirements about where it runs.`,
      },
    ],
    related: ["serverless", "microservices", "deployment", "server", "staging-environment"],
    seoDescription:
      "What is a container? Learn how Docker-style containers package apps to run consistently anywhere, and when your project actually needs them.",
  },
  {
    slug: "staging-environment",
    term: "Staging environment",
    pronunciation: "[stay-jing en-vy-run-ment]",
    category: "hosting",
    summary:
      "A staging environment is a private copy of your website or app that mirrors the live version as closely as possible. New features, designs and content are deployed there first so the team and client can review and test them safely. Only after approval do changes move to production, where real visitors see them.",
    sections: [
      {
        heading: "Staging done well",
        body: `- Same hosting setup and configuration as production.
- Realistic content and test data, never real customer secrets.
- Password protected and hidden from search engines.
- Easy to reset and redeploy.`,
      },
      {
        heading: "Preview deployments",
        body: `Many modern hosts create a temporary preview for every change, each with its own link. Review becomes a simple click, and several pieces of work can be checked in parallel without stepping on each other.`,
      },
    ],
    related: ["deployment", "version-control", "robots-txt", "container", "uptime"],
    seoDescription:
      "What is a staging environment? Learn how a private copy of your site lets you review changes safely before they reach real visitors.",
  },
  {
    slug: "deployment",
    term: "Deployment",
    pronunciation: "[dih-ploy-ment]",
    category: "hosting",
    summary:
      "Deployment is the process of releasing a new version of a website or app so people can use it. Modern teams automate it: when code is merged, a pipeline runs checks, builds the site and publishes it, often within minutes. Reliable deployment means releasing small changes often, with the ability to roll back instantly if something goes wrong.",
    sections: [
      {
        heading: "A typical pipeline",
        body: `- Code is pushed to version control.
- Automated tests and checks run.
- The site is built and optimized.
- A preview goes to staging for review.
- After approval, it is promoted to production.`,
      },
      {
        heading: "Reducing risk",
        body: `Ship small, frequent releases rather than rare big ones. Use feature flags to hide unfinished work, monitor errors after each release and keep one-click rollback ready.`,
      },
    ],
    related: ["staging-environment", "version-control", "container", "uptime", "cache-invalidation"],
    seoDescription:
      "What is deployment? Learn how modern teams release website updates through automated pipelines, and the habits that make launches low-risk.",
  },
  {
    slug: "edge-network",
    term: "Edge network",
    pronunciation: "[ej net-wurk]",
    category: "hosting",
    summary:
      "An edge network is a distributed set of servers placed close to users around the world that can not only cache files like a CDN but also run code. Edge functions can personalize pages, handle redirects, check authentication or assign A/B test variants near the visitor, cutting the delay of a round trip to a central server.",
    sections: [
      {
        heading: "Common edge tasks",
        body: `- Redirects and rewrites during a site migration.
- Location-based content, such as showing a local currency.
- Bot protection and rate limiting.
- Assigning visitors to experiment variants without flicker.`,
      },
      {
        heading: "Limits to know",
        body: `Edge runtimes are fast but constrained: limited memory, shorter execution times, and not every library works there. Data that lives in one central database can also cancel out the speed gain, so keep edge logic light.`,
      },
    ],
    related: ["cdn", "serverless", "caching", "a-b-testing", "rate-limiting"],
    seoDescription:
      "What is an edge network? Learn how running code on servers close to visitors speeds up redirects, personalization and testing.",
  },
  {
    slug: "bandwidth",
    term: "Bandwidth",
    pronunciation: "[band-width]",
    category: "hosting",
    summary:
      "Bandwidth is the amount of data that can be transferred over a connection in a given time. For visitors, it shapes how quickly pages download. For site owners, hosting plans often meter data transfer, so heavy pages cost more to serve. Optimized images, compression and caching reduce bandwidth use for everyone involved.",
    sections: [
      {
        heading: "Bandwidth versus latency",
        body: `**Bandwidth** is how wide the pipe is; **latency** is how long data takes to travel through it. A fast connection with high latency can still feel sluggish, which is why CDNs place files close to visitors.`,
      },
      {
        heading: "Keeping usage low",
        body: `- Compress and resize images and video.
- Enable Brotli or gzip compression.
- Cache static files for long periods.
- Host large videos on a dedicated streaming service.`,
      },
    ],
    related: ["cdn", "image-optimization", "minification", "web-hosting", "caching"],
    seoDescription:
      "What is bandwidth? Learn how data transfer affects page speed and hosting bills, how it differs from latency, and how to keep usage low.",
  },
];
