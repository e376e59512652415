// Earshot's message union: every message is a plain object with a `type`, named by direction.
// (The content script cannot import modules; it repeats the few type strings it uses.)
//
// content→worker
//   {type: 'site-table', host}                      → {table | null}
//   {type: 'posts', url, posts: [ExtractedPost], layout: {ok, name}}
//                                                   → {results: [{id, mentioned, priority,
//                                                        highlight, spans: [{start, end, highlight}]}]}
// panel→worker
//   {type: 'list', tabId?, windowId?}               → {tabId, site, name, layoutOk, view | null,
//                                                      noBrand, reason?}
//   {type: 'drafts', tabId, id}                     → {drafts: [{text, tone, weighted_length}]}
//   {type: 'draft-used', tabId, id, text, tone, action}  → {ok}
// worker→panel (broadcast)
//   {type: 'mentions-changed', tabId}
// worker→content (chrome.tabs.sendMessage)
//   {type: 'rescan'}                                 (settings changed: judge every post again)
// panel→content (chrome.tabs.sendMessage)
//   {type: 'reveal', id}                            → {ok, reason?}
//   {type: 'insert-reply', id, text}                → {ok, shown, reason?}
//
// ExtractedPost: {id, text, kind, site, author: {name, handle, verified}, createdAt, permalink,
//                 engagement}
export const MSG = Object.freeze({
  SITE_TABLE: 'site-table',
  POSTS: 'posts',
  LIST: 'list',
  DRAFTS: 'drafts',
  DRAFT_USED: 'draft-used',
  MENTIONS_CHANGED: 'mentions-changed',
  REVEAL: 'reveal',
  INSERT_REPLY: 'insert-reply',
  RESCAN: 'rescan',
});

/** Hosts Earshot runs on (kept in step with the manifest by a Rust test of the site tables). */
export function isSupportedUrl(url) {
  try {
    const h = new URL(url).hostname;
    return ['x.com', 'twitter.com', 'mobile.twitter.com', 'www.facebook.com',
      'web.facebook.com', 'm.facebook.com'].includes(h);
  } catch {
    return false;
  }
}
