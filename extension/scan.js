// Packs posts for the engine's batched `scan` and unpacks its Int32Array records
// (format: src/engine/scan.rs). Used by the service worker and the browser benchmark.

/** A number the engine may use, or NaN for "unknown". */
function known(x) {
  return Number.isFinite(x) ? x : NaN;
}

/**
 * Judges `posts` ({id, text, author?: {followers?, verified?}, createdAt?, engagement?}) at
 * `now` (ms since the epoch) with one `engine.scan` call. `highlights` is
 * `JSON.parse(scanHighlights())`. Returns, per post in order,
 * `{id, mentioned, priority, highlight, spans: [{start, end, highlight}]}`; `spans` is empty when
 * the post does not mention the brand itself. Throws the engine's error for malformed input.
 */
export function scanPosts(engine, highlights, posts, now) {
  const n = posts.length;
  // Each post's text, then its created-at time: the engine parses the time (RFC 3339) with the
  // same parser as the side panel's, so badge and panel agree on the waiting time.
  const pieces = new Array(2 * n);
  const lens = new Uint32Array(2 * n);
  const facts = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    const p = posts[i];
    const text = typeof p.text === 'string' ? p.text : '';
    const created = typeof p.createdAt === 'string' ? p.createdAt : '';
    pieces[2 * i] = text;
    pieces[2 * i + 1] = created;
    lens[2 * i] = text.length;
    lens[2 * i + 1] = created.length;
    facts[3 * i] = known(p.author?.followers);
    facts[3 * i + 1] = known(p.engagement);
    facts[3 * i + 2] = p.author?.verified ? 1 : 0;
  }
  const rec = engine.scan(pieces.join(''), lens, facts, now);
  const out = new Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const priority = rec[k++];
    const highlight = highlights[rec[k++]];
    const spans = new Array(rec[k++]);
    for (let s = 0; s < spans.length; s++) {
      spans[s] = { start: rec[k++], end: rec[k++], highlight: highlights[rec[k++]] };
    }
    out[i] = { id: posts[i].id, mentioned: spans.length > 0, priority, highlight, spans };
  }
  return out;
}
