/**
 * Word lists (data, not code) that recognise page furniture by its names and by its words.
 * Class, id, aria-label and data-component values are split into lower-case tokens
 * ("MostRead__list" -> most, read, list) and each token and each joined pair of neighbouring
 * tokens ("mostread") is looked up here.
 */

/**
 * Names of containers that are never article body: comments, related/most-read lists, share
 * bars... Tested on block-level and custom elements only, so an inline `<a class="tag">` inside a
 * paragraph keeps its text. These are the strong names; the weak ones (WEAK_CHROME_NAME_TOKENS,
 * below: "tags", "date", "popup"...) are chrome names too, each listed once, there.
 */
export const CHROME_NAME_TOKENS: readonly string[] = [
  // comments and community
  'comment', 'comments', 'commentary-thread', 'disqus', 'replies', 'reply',
  // related, popular, recommended, "read next" rails
  'related', 'relatedlinks', 'mostread', 'mostpopular', 'mostviewed', 'popular', 'trending',
  'recommended', 'recommendation', 'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola',
  'readmore', 'readnext', 'upnext', 'morestories', 'morenews', 'morefrom', 'moreon', 'seealso',
  'alsoread', 'youmaylike', 'mightlike', 'onward', 'onwards',
  // sharing and following
  'share', 'sharing', 'sharebar', 'shares', 'social', 'socialmedia',
  // sign-ups, paywalls, promotions, ads
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'promo', 'promotion',
  'promoted', 'ad', 'ads', 'adslot', 'adunit', 'advert', 'adverts', 'advertisement', 'advertising',
  'sponsor', 'sponsored', 'sponsors', 'dfp', 'gpt',
  // consent and overlays
  'cookie', 'cookies', 'consent', 'gdpr', 'banner-ad', 'interstitial',
  // navigation and page chrome
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'footer',
  'masthead', 'toolbar', 'pagination', 'pager', 'skiplink', 'sitemap',
  // article metadata that is not article text
  'byline', 'bylines', 'author', 'authors', 'contributor', 'dateline', 'timestamp', 'taglist',
  'copyright', 'disclaimer', 'correction', 'corrections', 'authorbio', 'signature', 'attribution', 'sourcevia',
  // chart labels positioned over an image (ai2html graphics)
  'ai2html', 'artboard',
];

/**
 * Names of text that is never the article's even inline, skipped on any element: visually hidden
 * helper text (screen-reader labels such as "Image caption"), which browsers report as visible,
 * and photo credits.
 */
export const HIDDEN_NAME_TOKENS: readonly string[] = [
  'sronly', 'visuallyhidden', 'screenreader', 'screenreaderonly', 'offscreen', 'srtext', 'assistive',
  // photo credits written inline in captions and paragraphs ("© Provided by ...", "Photograph: ...")
  'credit', 'credits', 'photocredit', 'imagecredit', 'attribution', 'sourcevia', 'copyright',
];

/** Class-name fragments of inline wrappers around an image (their text is a caption or credit, not the paragraph's). */
export const INLINE_MEDIA_NAME = /image|photo|media|figure|caption|picture|video|gallery/i;

/**
 * Weak chrome tokens: a name that also holds a content word (POSITIVE_NAME_TOKENS) is kept, as in
 * the Guardian's "article-body-commercial-selector"; strong tokens exclude whatever else the name says.
 */
export const WEAK_CHROME_NAME_TOKENS: readonly string[] = [
  'commercial', 'marketing', 'meta', 'metadata', 'date', 'time', 'published', 'updated', 'tag', 'tags',
  'topics', 'keywords', 'rail', 'widget', 'community', 'discussion', 'follow', 'print', 'popup', 'modal',
  'overlay', 'teaser', 'teasers', 'headlines', 'affiliate', 'skip', 'bio', 'credit', 'credits', 'source',
  'graphic', 'graphics', 'chart', 'charts', 'infographic',
];

/**
 * Words for the article's body that rescue a name holding only weak chrome tokens. Not "article"
 * or "post": they prefix every piece of furniture on article pages ("article-tags", "post-meta").
 */
export const POSITIVE_NAME_TOKENS: readonly string[] = ['body', 'content', 'main', 'text', 'column', 'prose', 'copy'];

/** Words that add nothing to what a name says ("tags-list" is about tags). */
export const GENERIC_NAME_TOKENS: readonly string[] = [
  'container', 'wrapper', 'wrap', 'inner', 'outer', 'list', 'items', 'item', 'box', 'section', 'block',
  'area', 'holder', 'module', 'component', 'widget', 'links', 'link', 'bar', 'row', 'group', 'panel',
  'region', 'selector', 'root', 'unit', 'slot', 'zone', 'placeholder', 'label',
];

/** Tokens that, just before a chrome token, turn it into a description of the page ("has-comments"). */
export const CHROME_NAME_MODIFIERS: readonly string[] = ['has', 'with', 'no', 'show', 'enable', 'enabled', 'without', 'is'];

/**
 * Whole short blocks that are furniture by their words: ad labels, "read more" teasers, sign-up
 * calls, copyright lines, photo credits, bylines and datelines. Tested only on short blocks.
 */
export const CHROME_TEXT_PATTERNS: readonly RegExp[] = [
  /^(?:advertisement|advertising|anzeige|publicité|publicidad|publicidade|sponsored|ad)$/i,
  /^(?:read|see|watch|listen)(?: more| next| also)?\s*[:|-]/i,
  /^(?:related|recommended|most read|most popular|more on this|more from|more stories|you may also like)\b/i,
  /^(?:lire aussi|lesen sie auch|mehr zum thema|leia (?:mais|também)|lea también|ver más)\b/i,
  /^(?:sign up|subscribe|follow us|follow @|share this|share on|click here|join the conversation)\b/i,
  /^(?:copyright|©|\(c\) ?\d{4})/i,
  /\ball rights reserved\b/i,
  /^\(?(?:image|photo|photograph|picture|video|media|foto|bild|imagen|crédito|credit|source|fonte|fuente|quelle|from|map|graphic|chart|gallery|interactive)s?(?: caption| copyright| source| credit)?\s*[:|]/i,
  // a kicker label in capitals: "EXCLUSIVE", "BREAKING NEWS"
  /^[A-ZÀ-Þ][A-ZÀ-Þ '’!-]{2,24}$/,
  /^powered by\b/i,
  /\b(?:video|content) is (?:not|no longer) available\b/i,
  /^[\d\s.,:;!?%$€£¥()+\-–—/#*•·|]*$/,
  /^(?:image caption|image copyright|media caption|getty images|reuters|ap photo|afp)$/i,
  /^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor)\s+[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.'’-]*){0,4}(?:\s*(?:,|and|&|y|et|und|e)\s+[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\wÀ-ÿ.'’-]*){0,4})*\s*(?:[|,·•-].*)?$/,
  /^(?:updated|published|posted|last updated|first published|aktualisiert|mis à jour|publié|actualizado|atualizado)\b/i,
];

/** Blocks shorter than this are tested against CHROME_TEXT_PATTERNS. */
export const CHROME_TEXT_MAX_LENGTH = 160;
