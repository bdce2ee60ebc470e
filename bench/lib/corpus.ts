// Generated, English-ish documents for the search benchmark: a deterministic PRNG, function words
// (mostly stop words, as in real prose), a few general words every page uses, a topic per document
// (a window of related words it keeps coming back to, so "cach" matches the performance-minded
// documents rather than all of them), a Zipf-skewed background from the whole vocabulary, and a
// handful of rare words that appear in very few documents.

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus on every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const functionWords = `the a an of and to in is for that with on as it are be by this from or at was your can
  which not but have has their more when they we you our will each so if into than then also about
  over after before while where how what only most some every all other any both these those its
  should would could may must just very often still even without between through under across`
  .split(/\s+/)
  .filter(Boolean);

// Ordered roughly from most to least frequent: rank r is picked with weight 1 / (r + 8) in the
// background draw; the first GENERAL words are the shared vocabulary of every document.
const contentWords = `design page site website user visitor team client content layout brand studio product
  request customer project time work performance image component style colour color type font text
  mobile desktop screen browser server cache caching cached load loading speed fast slow build code
  data search query index result link button form field navigation menu header footer hero section
  grid column row spacing margin padding border shadow theme token system library pattern template
  prototype wireframe mockup feedback review approval revision version release change update plan
  pricing subscription invoice payment account portal dashboard report metric conversion funnel lead
  signup landing campaign email newsletter blog article post story case study service feature
  benefit problem solution goal strategy research interview persona journey flow task test testing
  experiment variant audience market copy headline message tone voice illustration icon photo video
  animation motion transition interaction hover focus state error empty success warning accessible
  accessibility contrast keyboard reader label heading landmark semantic markup html css javascript
  framework react component render hydration bundle chunk asset network request response latency
  throughput bandwidth compression gzip brotli http protocol header cookie session token security
  privacy policy consent analytics tracking event goal retention churn onboarding activation growth
  balance balancer balancing load-balancer traffic scale scaling cluster region edge origin cdn
  delivery deploy deployment pipeline staging production rollback monitor monitoring alert uptime
  incident outage backup restore database table schema migration record field value key queue
  worker job schedule cron webhook api endpoint integration plugin extension module package
  dependency upgrade legacy rewrite refactor debt quality standard guideline checklist audit score
  vital vitals paint largest contentful cumulative shift interaction input delay first byte
  responsive breakpoint viewport fluid adaptive retina vector raster svg png jpeg webp avif lazy
  preload prefetch critical inline defer async render-blocking stylesheet script minify tree shaking
  typography typeface serif sans weight kerning leading tracking hierarchy scale rhythm alignment
  whitespace balance harmony palette gradient saturation hue tint shade brightness opacity blur
  handoff sprint backlog roadmap milestone deadline estimate scope retainer agency freelancer hourly
  rate budget contract proposal brief discovery kickoff workshop stakeholder sign-off deliverable
  localization translation language locale currency timezone format date number plural direction
  sitemap robots crawler ranking keyword snippet structured schema canonical redirect slug permalink
  glossary faq question answer definition example term concept principle heuristic usability
  affordance signifier mental model cognitive load friction delight trust credibility social proof
  testimonial logo partner award portfolio gallery carousel modal dialog drawer tooltip popover tab
  accordion breadcrumb pagination filter sort toggle switch checkbox radio dropdown select slider`
  .split(/\s+/)
  .filter(Boolean);

/** Words that appear in very few documents (~0.3 % each), to benchmark selective queries. */
export const rareWords = `zeugma quokka palimpsest chiaroscuro idempotent marginalia serendipity
  ouroboros apophenia petrichor`
  .split(/\s+/)
  .filter(Boolean);

export interface GeneratedDocument {
  title: string;
  body: string;
}

export function makeCorpus(seed = 20261124) {
  const rand = prng(seed);
  const weights = contentWords.map((_, r) => 1 / (r + 8));
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w;
    cumulative.push(total);
  }
  const contentWord = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return contentWords[lo] ?? "design";
  };
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const GENERAL = 30;
  const TOPIC_WINDOW = 25;
  const generalWord = () => contentWords[Math.floor(rand() ** 2 * GENERAL)] ?? "design";
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)] as T;
  const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  function document(): GeneratedDocument & { words: number } {
    const topicStart = int(GENERAL, contentWords.length - TOPIC_WINDOW);
    const topicWord = () => contentWords[topicStart + Math.floor(rand() * TOPIC_WINDOW)] ?? "design";
    // 50 % general words, 44 % the document's topic, 6 % anything (Zipf-skewed).
    const word = () => {
      const x = rand();
      return x < 0.5 ? generalWord() : x < 0.94 ? topicWord() : contentWord();
    };
    const titleWords = Array.from({ length: int(2, 6) }, () => (rand() < 0.7 ? topicWord() : generalWord()));
    const target = int(80, 400);
    const paragraphs: string[] = [];
    let sentences: string[] = [];
    let words = 0;
    while (words < target) {
      const length = Math.min(int(6, 18), target - words + 3);
      const tokens: string[] = [];
      for (let i = 0; i < length; i++) {
        tokens.push(rand() < 0.4 ? pick(functionWords) : word());
      }
      if (rand() < 0.0015) tokens.splice(int(0, tokens.length), 0, pick(rareWords));
      words += tokens.length;
      sentences.push(`${capitalize(tokens.join(" "))}${rand() < 0.1 ? "?" : "."}`);
      if (sentences.length >= int(3, 6)) {
        paragraphs.push(sentences.join(" "));
        sentences = [];
      }
    }
    if (sentences.length) paragraphs.push(sentences.join(" "));
    return { title: titleWords.map(capitalize).join(" "), body: paragraphs.join("\n\n"), words };
  }

  return { document };
}
